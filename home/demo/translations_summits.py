"""Dutch and Greek translations of the demo summits (home/demo/summits.py), keyed by the English source string."""

SUMMIT_TRANSLATIONS = {
    "nl": {
        # Index page
        "Summits": "Toppen",
        (
            "Once a year the network meets with industry, law enforcement and policymakers to share what works against "
            "child sexual abuse material online. Each edition has its own page, with its programme or a recap."
        ): (
            "Eenmaal per jaar komt het netwerk bijeen met het bedrijfsleven, wetshandhaving en beleidsmakers om te "
            "delen wat werkt tegen materiaal van seksueel kindermisbruik online. Elke editie heeft een eigen pagina, "
            "met het programma of een terugblik."
        ),
        "The annual summits of the hotline network: the next edition and recaps of past ones.": (
            "De jaarlijkse toppen van het meldpuntennetwerk: de volgende editie en terugblikken op eerdere edities."
        ),
        # Speakers (fictional placeholders)
        "Content analyst (fictional)": "Contentanalist (fictief)",
        "Example Hotline": "Voorbeeldmeldpunt",
        "A made-up speaker for the demo site. Stands in for an analyst who assesses reports from the public.": (
            "Een verzonnen spreker voor de demosite. Staat model voor een analist die meldingen van het publiek "
            "beoordeelt."
        ),
        "Trust and safety lead (fictional)": "Hoofd trust and safety (fictief)",
        "Example Platform": "Voorbeeldplatform",
        "A made-up speaker for the demo site. Stands in for someone who runs a moderation team.": (
            "Een verzonnen spreker voor de demosite. Staat model voor iemand die een moderatieteam leidt."
        ),
        "Financial investigator (fictional)": "Financieel rechercheur (fictief)",
        "Example Police Unit": "Voorbeeldpolitie-eenheid",
        "A made-up speaker for the demo site. Stands in for an investigator who follows payments.": (
            "Een verzonnen spreker voor de demosite. Staat model voor een rechercheur die geldstromen volgt."
        ),
        "Policy adviser (fictional)": "Beleidsadviseur (fictief)",
        "Example Ministry": "Voorbeeldministerie",
        "A made-up speaker for the demo site. Stands in for a government expert on online safety.": (
            "Een verzonnen spreker voor de demosite. Staat model voor een overheidsdeskundige op het gebied van online "
            "veiligheid."
        ),
        # INHOPE Summit 2024
        "INHOPE Summit 2024": "INHOPE-top 2024",
        "Knowledge is Power, Reporting is Action": "Kennis is macht, melden is actie",
        (
            "The seventh summit took place over two days in New York, in a hybrid format: the first day online and in "
            "person, the second in person only. The agenda below was a draft and the speakers are placeholders in this "
            "demo."
        ): (
            "De zevende top duurde twee dagen en vond plaats in New York, in hybride vorm: de eerste dag online en op "
            "locatie, de tweede alleen op locatie. Het programma hieronder was een concept en de sprekers in deze demo "
            "zijn fictief."
        ),
        "The seventh INHOPE Summit, 8-9 October 2024 in New York: programme, speakers, registration and questions.": (
            "De zevende INHOPE-top, 8-9 oktober 2024 in New York: programma, sprekers, aanmelding en vragen."
        ),
        "Microsoft New York office": "Kantoor van Microsoft in New York",
        "New York": "New York",
        # Day one
        "Societal change": "Maatschappelijke verandering",
        (
            "A day on the change society needs: a united approach to public reporting, national notification, and the "
            "low public awareness that this material exists online at all. Also on the agenda: intimate images shared "
            "without consent, self-generated material, and prevention now that AI multiplies reports beyond what "
            "hotlines can handle."
        ): (
            "Een dag over de verandering die de samenleving nodig heeft: een gezamenlijke aanpak van meldingen door "
            "het publiek, een nationale meldplicht, en het geringe besef bij het publiek dat dit materiaal überhaupt "
            "online staat. Ook op de agenda: intieme beelden die zonder toestemming worden gedeeld, zelfgegenereerd "
            "materiaal, en preventie nu AI het aantal meldingen zo vermenigvuldigt dat meldpunten het niet meer "
            "aankunnen."
        ),
        "Welcome and opening": "Welkom en opening",
        "Why this year's theme matters, and what to expect.": (
            "Waarom het thema van dit jaar ertoe doet, en wat u kunt verwachten."
        ),
        "One approach to public reporting": "Eén aanpak voor meldingen door het publiek",
        "How hotlines, platforms and governments can give the public one clear way to report.": (
            "Hoe meldpunten, platforms en overheden het publiek één duidelijke manier kunnen bieden om te melden."
        ),
        "Awareness: most people do not know this material is online": (
            "Bewustzijn: de meeste mensen weten niet dat dit materiaal online staat"
        ),
        "What campaigns and national notification duties can change.": (
            "Wat campagnes en nationale meldplichten kunnen veranderen."
        ),
        "Intimate images shared without consent, and self-generated material": (
            "Intieme beelden die zonder toestemming worden gedeeld, en zelfgegenereerd materiaal"
        ),
        "Where the two overlap, and how reporting routes can respond to both.": (
            "Waar de twee elkaar overlappen, en hoe meldroutes op beide kunnen inspelen."
        ),
        "Prevention when AI multiplies the reports": "Preventie nu AI het aantal meldingen vermenigvuldigt",
        "When reports outgrow what analysts can handle, prevention has to do more of the work.": (
            "Als er meer meldingen binnenkomen dan analisten aankunnen, moet preventie een groter deel van het werk "
            "doen."
        ),
        # Day two
        "Following the money": "Het geld volgen",
        (
            "A day on how the material is produced, spread and consumed, and on the demand and supply behind it. The "
            "morning brings law enforcement, the financial sector and online platforms together."
        ): (
            "Een dag over hoe het materiaal wordt geproduceerd, verspreid en geconsumeerd, en over de vraag en het "
            "aanbod erachter. In de ochtend komen wetshandhaving, de financiële sector en onlineplatforms samen."
        ),
        "Police, banks and platforms at one table": "Politie, banken en platforms aan één tafel",
        "The first half of the day: how the three can work together against those who profit.": (
            "De eerste helft van de dag: hoe de drie kunnen samenwerken tegen wie er geld aan verdient."
        ),
        "Following the money: demand and supply": "Het geld volgen: vraag en aanbod",
        "What payment trails reveal about who makes, sells and buys the material.": (
            "Wat betaalsporen onthullen over wie het materiaal maakt, verkoopt en koopt."
        ),
        "Production, distribution and consumption": "Productie, verspreiding en consumptie",
        "How the material is made, spread and found, and where each step can be disrupted.": (
            "Hoe het materiaal wordt gemaakt, verspreid en gevonden, en waar elke stap kan worden verstoord."
        ),
        "Closing remarks": "Slotwoord",
        # Registration
        (
            "Register to follow the first day's live stream. Once your registration is approved, the team sends you "
            "the link by email."
        ): (
            "Meld u aan om de livestream van de eerste dag te volgen. Zodra uw aanmelding is goedgekeurd, stuurt het "
            "team u de link per e-mail."
        ),
        (
            "Places in the room are limited. If you attend in person and also want the first day's live stream, "
            "register for both."
        ): (
            "Het aantal plaatsen in de zaal is beperkt. Bent u er op locatie bij en wilt u ook de livestream van de "
            "eerste dag volgen, meld u dan voor beide aan."
        ),
        "One or two places per organisation": "Een of twee plaatsen per organisatie",
        "People from industry, law enforcement and government who take a safety-first approach": (
            "Mensen uit het bedrijfsleven, de wetshandhaving en de overheid die veiligheid vooropstellen"
        ),
        # Frequently asked questions
        "What is the INHOPE Summit?": "Wat is de INHOPE-top?",
        (
            "A yearly meeting where hotlines, technology companies, police and policymakers compare notes on fighting "
            "child sexual abuse material online."
        ): (
            "Een jaarlijkse bijeenkomst waar meldpunten, technologiebedrijven, politie en beleidsmakers ervaringen "
            "uitwisselen over de bestrijding van materiaal van seksueel kindermisbruik online."
        ),
        "What is a hotline?": "Wat is een meldpunt?",
        (
            "A service where anyone can report, anonymously, material online that they think shows child sexual abuse. "
            "Analysts check each report and pass illegal material on for removal."
        ): (
            "Een dienst waar iedereen anoniem online materiaal kan melden waarvan men denkt dat het seksueel "
            "kindermisbruik toont. Analisten controleren elke melding en geven illegaal materiaal door, zodat het "
            "wordt verwijderd."
        ),
        "What is the Universal Classification Schema?": "Wat is het Universal Classification Schema?",
        (
            "A shared way for hotlines to label the material they assess, so that analysts in different countries "
            "describe the same content in the same terms."
        ): (
            "Een gemeenschappelijke manier waarop meldpunten het materiaal labelen dat ze beoordelen, zodat analisten "
            "in verschillende landen dezelfde inhoud in dezelfde termen beschrijven."
        ),
        "What is the INHOPE network?": "Wat is het INHOPE-netwerk?",
        (
            "The member hotlines of the association, working together so that material hosted anywhere can be "
            "reported and removed."
        ): (
            "De aangesloten meldpunten van de vereniging, die samenwerken zodat materiaal kan "
            "worden gemeld en verwijderd, waar het ook wordt gehost."
        ),
        # INHOPE Summit 2018
        "INHOPE Summit 2018": "INHOPE-top 2018",
        "Raising awareness of child sexual abuse material online": (
            "Bewustwording rond materiaal van seksueel kindermisbruik online"
        ),
        "The first summit, hosted at Microsoft's campus in Redmond.": (
            "De eerste top, gehouden op de campus van Microsoft in Redmond."
        ),
        "Microsoft, Building 34 (Quinault)": "Microsoft, gebouw 34 (Quinault)",
        "Redmond": "Redmond",
        (
            "The first edition looked at how much of this material circulates online and at the demand behind it. "
            "Speakers explained what hotlines do with a report and how ICCAM lets them pass reports to each other."
        ): (
            "De eerste editie keek naar hoeveel van dit materiaal online circuleert en naar de vraag erachter. "
            "Sprekers legden uit wat meldpunten met een melding doen en hoe ze via ICCAM meldingen aan elkaar "
            "doorgeven."
        ),
        # INHOPE Summit 2019
        "INHOPE Summit 2019": "INHOPE-top 2019",
        "The story of Emma": "Het verhaal van Emma",
        "A one-day summit at Facebook in Menlo Park.": "Een eendaagse top bij Facebook in Menlo Park.",
        "Facebook": "Facebook",
        "Menlo Park": "Menlo Park",
        (
            "The day followed Emma, an eight-year-old girl, as the report about her travelled through the network and "
            "ICCAM. It showed how each new copy of an image hurts a victim again, and what businesses can do to stop "
            "that."
        ): (
            "De dag volgde Emma, een meisje van acht, terwijl de melding over haar door het netwerk en ICCAM reisde. "
            "Het liet zien hoe elke nieuwe kopie van een afbeelding een slachtoffer opnieuw schade toebrengt, en wat "
            "bedrijven kunnen doen om dat te stoppen."
        ),
        # INHOPE Summit 2020
        "INHOPE Summit 2020": "INHOPE-top 2020",
        "The story of James": "Het verhaal van James",
        "The first online summit, held on Zoom.": "De eerste online top, gehouden via Zoom.",
        (
            "Built around the story of James, the programme asked what role each of us plays against this material. It "
            "mixed past cases, talks from industry and demonstrations of technology."
        ): (
            "Het programma, opgebouwd rond het verhaal van James, stelde de vraag welke rol ieder van ons speelt in de "
            "strijd tegen dit materiaal. Het combineerde eerdere zaken, presentaties uit het bedrijfsleven en "
            "demonstraties van technologie."
        ),
        # INHOPE Summit 2021
        "INHOPE Summit 2021": "INHOPE-top 2021",
        "Digital first responders": "Digitale eerstehulpverleners",
        "A summit for the people who see harmful content first.": (
            "Een top voor de mensen die schadelijke inhoud als eersten zien."
        ),
        (
            "Trust and safety staff, moderation teams and hotline analysts were at the centre: the digital first "
            "responders. An outcomes report was published after the event."
        ): (
            "Medewerkers van trust-and-safetyteams, moderatieteams en analisten van meldpunten stonden centraal: de "
            "digitale eerstehulpverleners. Na afloop verscheen een rapport met de uitkomsten."
        ),
        # INHOPE Summit 2022
        "INHOPE Summit 2022": "INHOPE-top 2022",
        "Talk About It!": "Praat erover!",
        "Two days in Washington, D.C., hosted by Amazon Web Services.": (
            "Twee dagen in Washington D.C., met Amazon Web Services als gastheer."
        ),
        "Washington": "Washington",
        (
            "People from different sectors discussed the challenges they share and the initiatives they could take on "
            "together."
        ): (
            "Mensen uit verschillende sectoren bespraken de uitdagingen die ze delen en de initiatieven die ze samen "
            "zouden kunnen oppakken."
        ),
        # INHOPE Summit 2023
        "INHOPE Summit 2023": "INHOPE-top 2023",
        "Partnering Product with Policy": "Product en beleid als partners",
        "A summit on safety by design.": "Een top over veiligheid vanaf het ontwerp (safety by design).",
        (
            "The edition looked at how product teams and policy teams can design safety into services together, from "
            "the start."
        ): (
            "Deze editie onderzocht hoe productteams en beleidsteams samen veiligheid vanaf het begin in diensten "
            "kunnen inbouwen."
        ),
    },
    "el": {
        # Index page
        "Summits": "Σύνοδοι",
        (
            "Once a year the network meets with industry, law enforcement and policymakers to share what works against "
            "child sexual abuse material online. Each edition has its own page, with its programme or a recap."
        ): (
            "Μία φορά τον χρόνο το δίκτυο συναντιέται με εκπροσώπους επιχειρήσεων, των αρχών επιβολής του νόμου και "
            "υπεύθυνους χάραξης πολιτικής, για να μοιραστούν όσα αποδίδουν στην καταπολέμηση του υλικού σεξουαλικής "
            "κακοποίησης παιδιών στο διαδίκτυο. Κάθε διοργάνωση έχει τη δική της σελίδα, με το πρόγραμμά της ή μια "
            "ανασκόπηση."
        ),
        "The annual summits of the hotline network: the next edition and recaps of past ones.": (
            "Οι ετήσιες σύνοδοι του δικτύου γραμμών καταγγελιών: η επόμενη διοργάνωση και ανασκοπήσεις των "
            "προηγούμενων."
        ),
        # Speakers (fictional placeholders)
        "Content analyst (fictional)": "Αναλυτής περιεχομένου (φανταστικό πρόσωπο)",
        "Example Hotline": "Γραμμή Καταγγελιών «Παράδειγμα»",
        "A made-up speaker for the demo site. Stands in for an analyst who assesses reports from the public.": (
            "Επινοημένος ομιλητής για τον ιστότοπο επίδειξης. Αντιπροσωπεύει έναν αναλυτή που αξιολογεί καταγγελίες "
            "από το κοινό."
        ),
        "Trust and safety lead (fictional)": "Επικεφαλής εμπιστοσύνης και ασφάλειας (φανταστικό πρόσωπο)",
        "Example Platform": "Πλατφόρμα «Παράδειγμα»",
        "A made-up speaker for the demo site. Stands in for someone who runs a moderation team.": (
            "Επινοημένος ομιλητής για τον ιστότοπο επίδειξης. Αντιπροσωπεύει κάποιον που διευθύνει μια ομάδα εποπτείας "
            "περιεχομένου."
        ),
        "Financial investigator (fictional)": "Ερευνητής οικονομικών εγκλημάτων (φανταστικό πρόσωπο)",
        "Example Police Unit": "Αστυνομική Μονάδα «Παράδειγμα»",
        "A made-up speaker for the demo site. Stands in for an investigator who follows payments.": (
            "Επινοημένος ομιλητής για τον ιστότοπο επίδειξης. Αντιπροσωπεύει έναν ερευνητή που παρακολουθεί τη "
            "διαδρομή των πληρωμών."
        ),
        "Policy adviser (fictional)": "Σύμβουλος πολιτικής (φανταστικό πρόσωπο)",
        "Example Ministry": "Υπουργείο «Παράδειγμα»",
        "A made-up speaker for the demo site. Stands in for a government expert on online safety.": (
            "Επινοημένος ομιλητής για τον ιστότοπο επίδειξης. Αντιπροσωπεύει έναν κυβερνητικό εμπειρογνώμονα για την "
            "ασφάλεια στο διαδίκτυο."
        ),
        # INHOPE Summit 2024
        "INHOPE Summit 2024": "Σύνοδος INHOPE 2024",
        "Knowledge is Power, Reporting is Action": "Η γνώση είναι δύναμη, η καταγγελία είναι δράση",
        (
            "The seventh summit took place over two days in New York, in a hybrid format: the first day online and in "
            "person, the second in person only. The agenda below was a draft and the speakers are placeholders in this "
            "demo."
        ): (
            "Η έβδομη σύνοδος διήρκεσε δύο ημέρες και πραγματοποιήθηκε στη Νέα Υόρκη, σε υβριδική μορφή: την πρώτη "
            "ημέρα διαδικτυακά και με φυσική παρουσία, τη δεύτερη μόνο με φυσική παρουσία. Το παρακάτω πρόγραμμα ήταν "
            "προσχέδιο και οι ομιλητές σε αυτή την επίδειξη είναι φανταστικά πρόσωπα."
        ),
        "The seventh INHOPE Summit, 8-9 October 2024 in New York: programme, speakers, registration and questions.": (
            "Η έβδομη Σύνοδος INHOPE, 8-9 Οκτωβρίου 2024 στη Νέα Υόρκη: πρόγραμμα, ομιλητές, εγγραφή και ερωτήσεις."
        ),
        "Microsoft New York office": "Γραφεία της Microsoft στη Νέα Υόρκη",
        "New York": "Νέα Υόρκη",
        # Day one
        "Societal change": "Κοινωνική αλλαγή",
        (
            "A day on the change society needs: a united approach to public reporting, national notification, and the "
            "low public awareness that this material exists online at all. Also on the agenda: intimate images shared "
            "without consent, self-generated material, and prevention now that AI multiplies reports beyond what "
            "hotlines can handle."
        ): (
            "Μια ημέρα για την αλλαγή που χρειάζεται η κοινωνία: μια ενιαία προσέγγιση στις καταγγελίες από το κοινό, "
            "την εθνική υποχρέωση γνωστοποίησης και τη χαμηλή επίγνωση του κοινού ότι αυτό το υλικό υπάρχει καν στο "
            "διαδίκτυο. Επίσης στην ατζέντα: εικόνες προσωπικής φύσης που κοινοποιούνται χωρίς συναίνεση, "
            "αυτοπαραγόμενο υλικό και πρόληψη, τώρα που η τεχνητή νοημοσύνη πολλαπλασιάζει τις καταγγελίες πέρα από "
            "όσες μπορούν να διαχειριστούν οι γραμμές καταγγελιών."
        ),
        "Welcome and opening": "Καλωσόρισμα και έναρξη",
        "Why this year's theme matters, and what to expect.": "Γιατί έχει σημασία το φετινό θέμα και τι να περιμένετε.",
        "One approach to public reporting": "Μία ενιαία προσέγγιση στις καταγγελίες από το κοινό",
        "How hotlines, platforms and governments can give the public one clear way to report.": (
            "Πώς οι γραμμές καταγγελιών, οι πλατφόρμες και οι κυβερνήσεις μπορούν να δώσουν στο κοινό έναν σαφή τρόπο "
            "καταγγελίας."
        ),
        "Awareness: most people do not know this material is online": (
            "Ευαισθητοποίηση: οι περισσότεροι δεν γνωρίζουν ότι αυτό το υλικό υπάρχει στο διαδίκτυο"
        ),
        "What campaigns and national notification duties can change.": (
            "Τι μπορούν να αλλάξουν οι εκστρατείες και οι εθνικές υποχρεώσεις γνωστοποίησης."
        ),
        "Intimate images shared without consent, and self-generated material": (
            "Εικόνες προσωπικής φύσης που κοινοποιούνται χωρίς συναίνεση και αυτοπαραγόμενο υλικό"
        ),
        "Where the two overlap, and how reporting routes can respond to both.": (
            "Πού αλληλεπικαλύπτονται τα δύο και πώς οι δίαυλοι καταγγελίας μπορούν να ανταποκριθούν και στα δύο."
        ),
        "Prevention when AI multiplies the reports": "Πρόληψη όταν η τεχνητή νοημοσύνη πολλαπλασιάζει τις καταγγελίες",
        "When reports outgrow what analysts can handle, prevention has to do more of the work.": (
            "Όταν οι καταγγελίες ξεπερνούν όσες μπορούν να διαχειριστούν οι αναλυτές, η πρόληψη πρέπει να αναλάβει "
            "μεγαλύτερο μέρος της δουλειάς."
        ),
        # Day two
        "Following the money": "Ακολουθώντας το χρήμα",
        (
            "A day on how the material is produced, spread and consumed, and on the demand and supply behind it. The "
            "morning brings law enforcement, the financial sector and online platforms together."
        ): (
            "Μια ημέρα για το πώς παράγεται, διαδίδεται και καταναλώνεται το υλικό, καθώς και για τη ζήτηση και την "
            "προσφορά πίσω από αυτό. Το πρωί φέρνει κοντά τις αρχές επιβολής του νόμου, τον χρηματοπιστωτικό τομέα και "
            "τις διαδικτυακές πλατφόρμες."
        ),
        "Police, banks and platforms at one table": "Αστυνομία, τράπεζες και πλατφόρμες στο ίδιο τραπέζι",
        "The first half of the day: how the three can work together against those who profit.": (
            "Το πρώτο μισό της ημέρας: πώς μπορούν οι τρεις να συνεργαστούν ενάντια σε όσους αποκομίζουν κέρδος."
        ),
        "Following the money: demand and supply": "Ακολουθώντας το χρήμα: ζήτηση και προσφορά",
        "What payment trails reveal about who makes, sells and buys the material.": (
            "Τι αποκαλύπτουν τα ίχνη των πληρωμών για το ποιος παράγει, πουλά και αγοράζει το υλικό."
        ),
        "Production, distribution and consumption": "Παραγωγή, διανομή και κατανάλωση",
        "How the material is made, spread and found, and where each step can be disrupted.": (
            "Πώς δημιουργείται, διαδίδεται και εντοπίζεται το υλικό και σε ποιο σημείο μπορεί να διακοπεί κάθε στάδιο."
        ),
        "Closing remarks": "Καταληκτικές παρατηρήσεις",
        # Registration
        (
            "Register to follow the first day's live stream. Once your registration is approved, the team sends you "
            "the link by email."
        ): (
            "Εγγραφείτε για να παρακολουθήσετε τη ζωντανή μετάδοση της πρώτης ημέρας. Μόλις εγκριθεί η εγγραφή σας, η "
            "ομάδα θα σας στείλει τον σύνδεσμο μέσω email."
        ),
        (
            "Places in the room are limited. If you attend in person and also want the first day's live stream, "
            "register for both."
        ): (
            "Οι θέσεις στην αίθουσα είναι περιορισμένες. Αν συμμετέχετε με φυσική παρουσία και θέλετε επίσης τη "
            "ζωντανή μετάδοση της πρώτης ημέρας, εγγραφείτε και στα δύο."
        ),
        "One or two places per organisation": "Μία ή δύο θέσεις ανά οργανισμό",
        "People from industry, law enforcement and government who take a safety-first approach": (
            "Εκπρόσωποι επιχειρήσεων, αρχών επιβολής του νόμου και κυβερνητικών φορέων που βάζουν την ασφάλεια πάνω "
            "απ' όλα"
        ),
        # Frequently asked questions
        "What is the INHOPE Summit?": "Τι είναι η Σύνοδος INHOPE;",
        (
            "A yearly meeting where hotlines, technology companies, police and policymakers compare notes on fighting "
            "child sexual abuse material online."
        ): (
            "Μια ετήσια συνάντηση όπου γραμμές καταγγελιών, εταιρείες τεχνολογίας, αστυνομία και υπεύθυνοι χάραξης "
            "πολιτικής ανταλλάσσουν εμπειρίες για την καταπολέμηση του υλικού σεξουαλικής κακοποίησης παιδιών στο "
            "διαδίκτυο."
        ),
        "What is a hotline?": "Τι είναι μια γραμμή καταγγελιών;",
        (
            "A service where anyone can report, anonymously, material online that they think shows child sexual abuse. "
            "Analysts check each report and pass illegal material on for removal."
        ): (
            "Μια υπηρεσία όπου ο καθένας μπορεί να καταγγείλει ανώνυμα υλικό στο διαδίκτυο που πιστεύει ότι "
            "απεικονίζει σεξουαλική κακοποίηση παιδιών. Οι αναλυτές ελέγχουν κάθε καταγγελία και διαβιβάζουν το "
            "παράνομο υλικό ώστε να αφαιρεθεί."
        ),
        "What is the Universal Classification Schema?": (
            "Τι είναι το Universal Classification Schema (Καθολικό Σχήμα Ταξινόμησης);"
        ),
        (
            "A shared way for hotlines to label the material they assess, so that analysts in different countries "
            "describe the same content in the same terms."
        ): (
            "Ένας κοινός τρόπος με τον οποίο οι γραμμές καταγγελιών χαρακτηρίζουν το υλικό που αξιολογούν, ώστε οι "
            "αναλυτές σε διαφορετικές χώρες να περιγράφουν το ίδιο περιεχόμενο με τους ίδιους όρους."
        ),
        "What is the INHOPE network?": "Τι είναι το δίκτυο INHOPE;",
        (
            "The member hotlines of the association, working together so that material hosted anywhere can be "
            "reported and removed."
        ): (
            "Οι γραμμές καταγγελιών-μέλη της ένωσης, που συνεργάζονται ώστε το υλικό να μπορεί να "
            "καταγγελθεί και να αφαιρεθεί όπου κι αν φιλοξενείται."
        ),
        # INHOPE Summit 2018
        "INHOPE Summit 2018": "Σύνοδος INHOPE 2018",
        "Raising awareness of child sexual abuse material online": (
            "Ευαισθητοποίηση για το υλικό σεξουαλικής κακοποίησης παιδιών στο διαδίκτυο"
        ),
        "The first summit, hosted at Microsoft's campus in Redmond.": (
            "Η πρώτη σύνοδος, που φιλοξενήθηκε στις εγκαταστάσεις της Microsoft στο Ρέντμοντ."
        ),
        "Microsoft, Building 34 (Quinault)": "Microsoft, Κτίριο 34 (Quinault)",
        "Redmond": "Ρέντμοντ",
        (
            "The first edition looked at how much of this material circulates online and at the demand behind it. "
            "Speakers explained what hotlines do with a report and how ICCAM lets them pass reports to each other."
        ): (
            "Η πρώτη διοργάνωση εξέτασε πόσο από αυτό το υλικό κυκλοφορεί στο διαδίκτυο και ποια ζήτηση βρίσκεται πίσω "
            "του. Οι ομιλητές εξήγησαν τι κάνουν οι γραμμές καταγγελιών με μια καταγγελία και πώς το ICCAM τους "
            "επιτρέπει να διαβιβάζουν καταγγελίες η μία στην άλλη."
        ),
        # INHOPE Summit 2019
        "INHOPE Summit 2019": "Σύνοδος INHOPE 2019",
        "The story of Emma": "Η ιστορία της Emma",
        "A one-day summit at Facebook in Menlo Park.": "Μονοήμερη σύνοδος στα γραφεία του Facebook στο Μένλο Παρκ.",
        "Facebook": "Facebook",
        "Menlo Park": "Μένλο Παρκ",
        (
            "The day followed Emma, an eight-year-old girl, as the report about her travelled through the network and "
            "ICCAM. It showed how each new copy of an image hurts a victim again, and what businesses can do to stop "
            "that."
        ): (
            "Η ημέρα ακολούθησε την Emma, ένα οκτάχρονο κορίτσι, καθώς η καταγγελία που την αφορούσε ταξίδευε μέσα από "
            "το δίκτυο και το ICCAM. Έδειξε πώς κάθε νέο αντίγραφο μιας εικόνας πληγώνει ξανά ένα θύμα και τι μπορούν "
            "να κάνουν οι επιχειρήσεις για να το σταματήσουν."
        ),
        # INHOPE Summit 2020
        "INHOPE Summit 2020": "Σύνοδος INHOPE 2020",
        "The story of James": "Η ιστορία του James",
        "The first online summit, held on Zoom.": "Η πρώτη διαδικτυακή σύνοδος, μέσω Zoom.",
        (
            "Built around the story of James, the programme asked what role each of us plays against this material. It "
            "mixed past cases, talks from industry and demonstrations of technology."
        ): (
            "Με άξονα την ιστορία του James, το πρόγραμμα έθεσε το ερώτημα ποιον ρόλο παίζει ο καθένας μας απέναντι σε "
            "αυτό το υλικό. Συνδύασε προηγούμενες υποθέσεις, ομιλίες εκπροσώπων επιχειρήσεων και επιδείξεις "
            "τεχνολογίας."
        ),
        # INHOPE Summit 2021
        "INHOPE Summit 2021": "Σύνοδος INHOPE 2021",
        "Digital first responders": "Ψηφιακοί πρώτοι ανταποκριτές",
        "A summit for the people who see harmful content first.": (
            "Μια σύνοδος για τους ανθρώπους που βλέπουν πρώτοι το επιβλαβές περιεχόμενο."
        ),
        (
            "Trust and safety staff, moderation teams and hotline analysts were at the centre: the digital first "
            "responders. An outcomes report was published after the event."
        ): (
            "Στο επίκεντρο βρέθηκαν τα στελέχη εμπιστοσύνης και ασφάλειας, οι ομάδες εποπτείας περιεχομένου και οι "
            "αναλυτές των γραμμών καταγγελιών: οι ψηφιακοί πρώτοι ανταποκριτές. Μετά την εκδήλωση δημοσιεύθηκε έκθεση "
            "με τα αποτελέσματα."
        ),
        # INHOPE Summit 2022
        "INHOPE Summit 2022": "Σύνοδος INHOPE 2022",
        "Talk About It!": "Ας μιλήσουμε γι' αυτό!",
        "Two days in Washington, D.C., hosted by Amazon Web Services.": (
            "Δύο ημέρες στην Ουάσιγκτον, με οικοδεσπότη την Amazon Web Services."
        ),
        "Washington": "Ουάσιγκτον",
        (
            "People from different sectors discussed the challenges they share and the initiatives they could take on "
            "together."
        ): (
            "Άνθρωποι από διαφορετικούς τομείς συζήτησαν τις κοινές τους προκλήσεις και τις πρωτοβουλίες που θα "
            "μπορούσαν να αναλάβουν από κοινού."
        ),
        # INHOPE Summit 2023
        "INHOPE Summit 2023": "Σύνοδος INHOPE 2023",
        "Partnering Product with Policy": "Προϊόν και πολιτική σε συνεργασία",
        "A summit on safety by design.": "Μια σύνοδος για την ασφάλεια ήδη από τον σχεδιασμό (safety by design).",
        (
            "The edition looked at how product teams and policy teams can design safety into services together, from "
            "the start."
        ): (
            "Η διοργάνωση εξέτασε πώς οι ομάδες προϊόντος και οι ομάδες πολιτικής μπορούν να ενσωματώνουν από κοινού "
            "την ασφάλεια στις υπηρεσίες, ήδη από την αρχή."
        ),
    },
}
