"""Forty short passages written by the rev39f helper (thirty-ninth session) to measure DD119's
setting 'written' (an opening 'Hier' + preposition, or 'noun + hiervan') on text that neither
rules38e nor rules39f wrote. The verdict (True: a B1 reader cannot tell what 'hier-' points at)
was written down BEFORE the checker was run on them. They are a measure: no rule was fitted to
them; mends follow from Dutch grammar.

Each entry: (id, passage, pointer word, unclear?).
"""

PASSAGES = [
    # --- unclear: several things before the pointer, each could be meant ---
    ("u01", "U kunt grofvuil gratis laten ophalen. Snoeiafval brengt u zelf naar het "
            "afvalbrengstation. Hiervoor betaalt u € 5.", "Hiervoor", True),
    ("u02", "Bewoners kunnen een parkeervergunning en een bezoekersvergunning aanvragen. "
            "Hiervoor heeft u het kenteken van uw auto nodig.", "Hiervoor", True),
    ("u03", "Wij hebben uw aanvraag voor een traplift ontvangen. Ook vroeg u om hulp bij het "
            "schoonmaken. Hiervoor komt een medewerker bij u thuis.", "Hiervoor", True),
    ("u04", "U heeft bezwaar gemaakt tegen de WOZ-waarde van uw woning. U vroeg ook om "
            "kwijtschelding van de afvalstoffenheffing. Hierop hebben wij nog niet beslist.",
            "Hierop", True),
    ("u05", "Neem bij de afspraak uw oude paspoort, uw rijbewijs en een pasfoto mee. Een kopie "
            "hiervan bewaren wij niet.", "hiervan", True),
    ("u06", "U kunt bezwaar maken of u kunt een klacht indienen. Hiervoor heeft u zes weken de "
            "tijd.", "Hiervoor", True),
    ("u07", "Voor de subsidie heeft u een begroting, een activiteitenplan en een verslag van "
            "vorig jaar nodig. Hierin moet staan hoeveel geld u nodig heeft.", "Hierin", True),
    ("u08", "Geef uw verhuizing door via Mijn Gemeente. U kunt ook langskomen op het "
            "stadskantoor. Hiervoor heeft u uw DigiD nodig.", "Hiervoor", True),
    ("u09", "U heeft een gehandicaptenparkeerkaart en een eigen parkeerplaats bij uw huis "
            "aangevraagd. Hierbij hoort een keuring door een arts.", "Hierbij", True),
    ("u10", "U kunt kiezen voor een pgb of voor zorg in natura. Hiermee kiest u zelf wie u "
            "helpt.", "Hiermee", True),
    ("u11", "U betaalt de onroerendezaakbelasting in tien termijnen. De rioolheffing betaalt u "
            "in één keer. Hiervoor krijgt u in maart een aanslag.", "Hiervoor", True),
    ("u12", "U vraagt een paspoort aan bij de balie. Een identiteitskaart kunt u ook aanvragen. "
            "Hiermee kunt u ook buiten Europa reizen.", "Hiermee", True),
    ("u13", "Wij hebben uw bezwaarschrift en de brief van uw advocaat ontvangen. Hierin staat "
            "dat u het niet eens bent met de boete.", "Hierin", True),
    ("u14", "De gemeente geeft subsidie voor zonnepanelen, voor isolatie en voor een "
            "warmtepomp. Hiervoor geldt een maximum van € 2.000.", "Hiervoor", True),
    ("u15", "Na uw verhuizing krijgt u een nieuwe afvalpas. Ook sturen wij u een nieuwe aanslag "
            "voor de gemeentelijke belastingen. Hierop staat uw nieuwe adres.", "Hierop", True),
    ("u16", "U krijgt een nieuwe container voor restafval en een pas voor de ondergrondse "
            "container. Hierop staat uw huisnummer.", "Hierop", True),
    ("u17", "Een bezoekerspas kost € 1 per uur en een vergunning voor een tweede auto kost "
            "€ 200 per jaar. Een deel hiervan krijgt u terug als u verhuist.", "hiervan", True),
    ("u18", "U kunt een traplift krijgen of verhuizen naar een woning zonder trap. De kosten "
            "hiervan betaalt de gemeente.", "hiervan", True),
    ("u19", "U kunt de aanslag in één keer betalen of via automatische incasso. Hierbij krijgt "
            "u geen korting.", "Hierbij", True),
    ("u20", "U heeft een parkeerboete gekregen. Ook is uw auto weggesleept. Hierover kunt u "
            "binnen zes weken bezwaar maken.", "Hierover", True),
    # --- clear: the letter itself, the whole previous statement, or one thing only ---
    ("c01", "Hierbij sturen wij u de aanslag gemeentelijke belastingen 2027. Wij vragen u het "
            "bedrag voor 1 april te betalen.", "Hierbij", False),
    ("c02", "Op 3 maart heeft u bij de balie een paspoort aangevraagd. Hierbij ontvangt u de "
            "bevestiging van uw afspraak.", "Hierbij", False),
    ("c03", "U heeft een aanvraag voor bijzondere bijstand gedaan. Hierop hebben wij nog geen "
            "besluit genomen.", "Hierop", False),
    ("c04", "Wij hebben besloten u een parkeervergunning te geven. Hiermee mag u parkeren in "
            "zone B.", "Hiermee", False),
    ("c05", "Uw buurman heeft in zijn tuin een schuur gebouwd zonder vergunning. Hierover heeft "
            "u een klacht ingediend.", "Hierover", False),
    ("c06", "De gemeente haalt vanaf 1 januari het plastic afval niet meer apart op. Hiermee "
            "volgen wij de landelijke regels.", "Hiermee", False),
    ("c07", "U gaat verhuizen naar een andere gemeente. Hiervoor hoeft u zich niet bij ons af "
            "te melden.", "Hiervoor", False),
    ("c08", "De wachttijd voor een afspraak voor een paspoort is nu zes weken. Hiervoor bieden "
            "wij onze excuses aan.", "Hiervoor", False),
    ("c09", "In de brief van 12 mei stond een verkeerd bedrag. Hiervoor bieden wij u onze "
            "excuses aan.", "Hiervoor", False),
    ("c10", "U heeft uw huis laten isoleren. Hiervoor krijgt u een subsidie van € 1.500.",
            "Hiervoor", False),
    ("c11", "Bij deze brief zit een formulier. Hierop vult u uw naam en adres in.", "Hierop",
            False),
    ("c12", "De gemeenteraad heeft op 5 juni nieuwe regels voor de Wmo vastgesteld. Hierin "
            "staat dat u een eigen bijdrage betaalt.", "Hierin", False),
    ("c13", "Wij hebben uw bezwaar tegen de WOZ-waarde van uw woning toegewezen. Hiermee wordt "
            "de waarde van uw woning lager.", "Hiermee", False),
    ("c14", "U wilt een vergunning voor een evenement in het park. Hiervoor moet u uiterlijk "
            "acht weken van tevoren een aanvraag doen.", "Hiervoor", False),
    ("c15", "Uw parkeervergunning verloopt op 1 juli. Een verlenging hiervan vraagt u aan via "
            "onze website.", "hiervan", False),
    ("c16", "Vanaf maandag wordt de Kerkstraat opnieuw bestraat. De duur hiervan is ongeveer "
            "drie weken.", "hiervan", False),
    ("c17", "Het college heeft besloten de subsidie voor uw vereniging te stoppen. De reden "
            "hiervan is dat het geld op is.", "hiervan", False),
    ("c18", "U heeft op 2 februari een klacht ingediend over het ophalen van afval in uw "
            "straat. Hierop reageren wij binnen zes weken.", "Hierop", False),
    ("c19", "Met deze brief laten wij u weten dat uw uitkering stopt. Hierover kunt u bellen "
            "met uw consulent.", "Hierover", False),
    ("c20", "U heeft uw verhuizing naar de Dorpsstraat 4 doorgegeven. Hiermee is uw adres in "
            "de Basisregistratie Personen aangepast.", "Hiermee", False),
]

# A second set, written after the mends (commit 0205b5d3) and before any run on them: a check
# on sentences the mends were not made from. Same form.
PASSAGES_AFTER = [
    ("u21", "Wij hebben uw aangifte en de foto's van de schade ontvangen. Hierop is niet goed te zien wat "
            "er kapot is.", "Hierop", True),
    ("u22", "U krijgt van ons een brief met uw nieuwe inlogcode en een pasje voor de parkeergarage. "
            "Hiermee kunt u vanaf 1 mei naar binnen.", "Hiermee", True),
    ("u23", "De gemeente stuurt u een beschikking en een overzicht van de kosten. Hierin leest u hoeveel "
            "eigen bijdrage u betaalt.", "Hierin", True),
    ("u24", "U heeft een uittreksel en een verklaring omtrent het gedrag aangevraagd. De kosten hiervan zijn "
            "€ 45.", "hiervan", True),
    ("u25", "In de wijk komen een speeltuin en een hondenuitlaatplaats. Het ontwerp hiervan ligt tot 1 juni "
            "op het stadhuis.", "hiervan", True),
    ("u26", "U kunt met uw bankpas of met uw telefoon betalen. Hiermee betaalt u ook in de parkeergarage.",
            "Hiermee", True),
    ("c21", "Hierbij ontvangt u het besluit op uw aanvraag voor een Wmo-voorziening. Lees het goed door.",
            "Hierbij", False),
    ("c22", "U heeft uw papieren afval in een plastic zak naast de container gezet. Hiermee heeft u de regels "
            "overtreden.", "Hiermee", False),
    ("c23", "Op deze pagina leest u hoe u een afspraak maakt voor een nieuw rijbewijs. Hierin staat ook wat "
            "u moet meenemen.", "Hierin", False),
    ("c24", "U heeft een klacht ingediend over het onderhoud van de bomen in uw straat. Hierop krijgt u "
            "binnen zes weken een antwoord.", "Hierop", False),
    ("c25", "Wij hebben uw aanvraag voor kwijtschelding van de afvalstoffenheffing ontvangen. Hierop beslissen "
            "wij binnen acht weken.", "Hierop", False),
    ("c26", "Uw rijbewijs is verlopen op 3 april. Een nieuwe aanvraag hiervoor doet u bij de balie.",
            "hiervoor", False),
]
