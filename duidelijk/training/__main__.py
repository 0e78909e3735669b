"""Train, evaluate and package duidelijk's Dutch pipeline.

    python -m duidelijk.training train [--data DIR] [--output DIR] [--smoke]
    python -m duidelijk.training finetune --base DIR/model-best [--output DIR]
    python -m duidelijk.training evaluate [--model NAME_OR_PATH] [--data DIR] [--json FILE]
    python -m duidelijk.training package --model-dir DIR [--scores FILE]

Stage 1 runs for about 50 minutes on two cores, stage 2 for about 15; run them in the
background with a log:

    nohup python -m duidelijk.training train > train.log 2>&1 &
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from duidelijk.training import CONFIG_PATH, DEFAULT_DATA, FINETUNE_CONFIG_PATH


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m duidelijk.training")
    sub = parser.add_subparsers(dest="command", required=True)

    train = sub.add_parser("train", help="train the pipeline")
    train.add_argument("--data", type=Path, default=DEFAULT_DATA)
    train.add_argument("--output", type=Path, default=Path("training-output"))
    train.add_argument("--config", type=Path, default=CONFIG_PATH)
    train.add_argument("--smoke", action="store_true", help="a few steps on a small slice")
    train.add_argument("--repeat-wiki", type=int, default=1,
                       help="use the current-convention LassySmall sentences this many times")

    ft = sub.add_parser("finetune", help="second stage: go on training on current-convention data")
    ft.add_argument("--base", type=Path, required=True, help="the model-best of a train run")
    ft.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ft.add_argument("--output", type=Path, default=Path("finetune-output"))
    ft.add_argument("--config", type=Path, default=FINETUNE_CONFIG_PATH)
    ft.add_argument("--repeat-wiki", type=int, default=5)
    ft.add_argument("--learn-rate", type=float, default=None, help="instead of the one in the config")
    ft.add_argument("--steps", type=int, default=None, help="instead of max_steps in the config")
    ft.add_argument("--smoke", action="store_true", help="a few steps on a small slice")

    ev = sub.add_parser("evaluate", help="score a pipeline on test.conllu")
    ev.add_argument("--model", default=None, help="name or path; default: the bundled model")
    ev.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ev.add_argument("--split", default="test", choices=["test", "dev"])
    ev.add_argument("--json", type=Path, default=None, help="also write the scores here")

    pk = sub.add_parser("package", help="copy a trained pipeline into duidelijk/models")
    pk.add_argument("--model-dir", type=Path, required=True)
    pk.add_argument("--scores", type=Path, default=None)

    args = parser.parse_args(argv)
    if args.command == "train":
        from duidelijk.training.train import train as run_train

        run_train(args.data, args.output, args.config, smoke=args.smoke, repeat_wiki=args.repeat_wiki)
        return 0
    if args.command == "finetune":
        from duidelijk.training.train import finetune

        finetune(args.base, args.data, args.output, args.config, args.repeat_wiki, smoke=args.smoke,
                 learn_rate=args.learn_rate, steps=args.steps)
        return 0
    if args.command == "evaluate":
        from duidelijk.training.evaluate import evaluate, format_scores

        scores = evaluate(args.model, args.data, split=args.split)
        print(format_scores(scores))
        if args.json:
            import json

            args.json.write_text(json.dumps(scores, indent=2), encoding="utf-8")
        return 0
    if args.command == "package":
        from duidelijk.training.package import package

        print(package(args.model_dir, args.scores))
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
