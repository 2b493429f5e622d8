"""Dutch and Greek translations of the network pages, member hotlines and FAQ, keyed by the English source string.

Covers the about page (home/demo/content.py), the member hotlines and the "Find your hotline" page
(home/demo/network.py) and the FAQ (home/demo/faq.py).
"""

NETWORK_TRANSLATIONS = {
    "nl": {
        # Member hotlines, in the words of the facts only
        "Albania's hotline, a provisional member since 2022.": "Het Albanese meldpunt, voorlopig lid sinds 2022.",
        "Japan's hotline (SIEMPLE), a provisional member since 2022.": (
            "Het Japanse meldpunt (SIEMPLE), voorlopig lid sinds 2022."
        ),
        "Spain's hotline, a full member since 2022.": "Het Spaanse meldpunt, volwaardig lid sinds 2022.",
        "The hotline for the Philippines, a full member since 2022.": (
            "Het meldpunt voor de Filipijnen, volwaardig lid sinds 2022."
        ),
        "Cambodia's hotline, a full member since 2022.": "Het Cambodjaanse meldpunt, volwaardig lid sinds 2022.",
        "A member hotline in Sweden.": "Een aangesloten meldpunt in Zweden.",
        "A member hotline in Denmark.": "Een aangesloten meldpunt in Denemarken.",
        "A member hotline in Finland.": "Een aangesloten meldpunt in Finland.",
        "Greece's hotline, which works with the UK Revenge Porn Helpline.": (
            "Het Griekse meldpunt, dat samenwerkt met de Britse hulplijn UK Revenge Porn Helpline."
        ),
        # About page
        "About the network": "Over het netwerk",
        (
            "The association was founded in 1999 and is based in Amsterdam. Its members are national hotlines around "
            "the world."
        ): (
            "De vereniging is opgericht in 1999 en gevestigd in Amsterdam. Haar leden zijn nationale meldpunten over "
            "de hele wereld."
        ),
        "Our network today": "Ons netwerk vandaag",
        "Counted from our list of member hotlines, so these numbers are always current.": (
            "Geteld op basis van onze lijst van aangesloten meldpunten, dus deze cijfers zijn altijd actueel."
        ),
        "Our three key pillars": "Onze drie belangrijkste pijlers",
        "Supporting hotlines": "Ondersteuning van meldpunten",
        (
            "Training for analysts, shared quality standards and good practice, and care for the wellbeing of the "
            "people who review this material every day."
        ): (
            "Training voor analisten, gedeelde kwaliteitsnormen en goede praktijken, en zorg voor het welzijn van de "
            "mensen die dit materiaal dagelijks beoordelen."
        ),
        "Find a member hotline": "Zoek een aangesloten meldpunt",
        "Technology": "Technologie",
        (
            "ICCAM, a secure platform hosted by INTERPOL, lets hotlines exchange reports. Report Box gives new "
            "hotlines a ready-made reporting system."
        ): (
            "Via ICCAM, een beveiligd platform dat door INTERPOL wordt gehost, wisselen meldpunten meldingen uit. "
            "Report Box biedt nieuwe meldpunten een kant-en-klaar meldsysteem."
        ),
        "Advocacy": "Belangenbehartiging",
        "We work for laws and policies that move us towards an internet free of child sexual abuse material.": (
            "Wij zetten ons in voor wetten en beleid die ons dichter bij een internet zonder materiaal van seksueel "
            "kindermisbruik brengen."
        ),
        "Work with us": "Werk met ons samen",
        "Our objectives": "Onze doelstellingen",
        "Raise awareness": "Bewustwording vergroten",
        "Make sure people know that this material exists online and where to report it.": (
            "Ervoor zorgen dat mensen weten dat dit materiaal online bestaat en waar ze het kunnen melden."
        ),
        "Grow partnerships": "Partnerschappen uitbouwen",
        "Work with industry, law enforcement and governments towards the same goal.": (
            "Samenwerken met het bedrijfsleven, wetshandhaving en overheden aan hetzelfde doel."
        ),
        "Expand the global network": "Het wereldwijde netwerk uitbreiden",
        "Help countries without a hotline to set one up, above all in regions that need it most.": (
            "Landen zonder meldpunt helpen er een op te zetten, vooral in de regio's waar dat het hardst nodig is."
        ),
        "Exchange expertise": "Expertise uitwisselen",
        "Let analysts learn from each other through exchanges, webinars and training.": (
            "Analisten van elkaar laten leren via uitwisselingen, webinars en trainingen."
        ),
        "Quality assurance": "Kwaliteitsborging",
        "Keep every member's work to shared standards that the public can trust.": (
            "Het werk van elk lid laten voldoen aan gedeelde normen waarop het publiek kan vertrouwen."
        ),
        "Our history": "Onze geschiedenis",
        "The association is founded": "De vereniging wordt opgericht",
        "The Foundation is set up": "De Stichting wordt opgericht",
        "A charity that helps emerging countries start their own hotline.": (
            "Een charitatieve instelling die opkomende landen helpt een eigen meldpunt op te zetten."
        ),
        "The first summit": "De eerste top",
        "Partners from industry and the network meet in Redmond, Washington.": (
            "Partners uit het bedrijfsleven en het netwerk komen bijeen in Redmond, Washington."
        ),
        "Seven new members": "Zeven nieuwe leden",
        "Hotlines from Europe, Asia and Latin America join the network.": (
            "Meldpunten uit Europa, Azië en Latijns-Amerika sluiten zich aan bij het netwerk."
        ),
        "Our funding": "Onze financiering",
        (
            "Our work is co-funded by the European Union as part of the Better Internet for Kids programme, now under "
            "the Digital Europe Programme (DIGITAL) and before that under the Connecting Europe Facility (CEF)."
        ): (
            "Ons werk wordt medegefinancierd door de Europese Unie in het kader van het programma Better Internet for "
            "Kids, nu via het Digital Europe Programme (DIGITAL) en daarvoor via de Connecting Europe Facility (CEF)."
        ),
        "Digital Europe Programme (European Union)": "Digital Europe Programme (Europese Unie)",
        "Better Internet for Kids": "Better Internet for Kids",
        "Find your hotline": "Vind uw meldpunt",
        "The network behind the summit": "Het netwerk achter de top",
        "The summit brings together the member hotlines of our network and their partners.": (
            "De top brengt de aangesloten meldpunten van ons netwerk en hun partners samen."
        ),
        'More questions? Read our <a id="a1">frequently asked questions</a>.': (
            'Nog meer vragen? Lees onze <a id="a1">veelgestelde vragen</a>.'
        ),
        # Find your hotline page
        "Find the member hotline in your country and report child sexual abuse material safely.": (
            "Zoek het aangesloten meldpunt in uw land en meld veilig materiaal van seksueel kindermisbruik."
        ),
        "Choose your country to see where to report. Every member hotline accepts reports anonymously.": (
            "Kies uw land om te zien waar u een melding kunt doen. Elk aangesloten meldpunt neemt anonieme meldingen "
            "aan."
        ),
        (
            "Never download, save, screenshot or forward the material, not even to report it: that can be a crime in "
            "itself. Copy only the web address and give it to the hotline."
        ): (
            "Download het materiaal nooit, sla het niet op, maak er geen screenshot van en stuur het niet door, ook "
            "niet om het te melden: dat kan op zich al strafbaar zijn. Kopieer alleen het webadres en geef dat door "
            "aan het meldpunt."
        ),
        (
            "Your country does not have a member hotline yet. You can still report: send the web address to the "
            "hotline of the country where the website is hosted, or to your national police."
        ): (
            "Uw land heeft nog geen aangesloten meldpunt. U kunt toch een melding doen: stuur het webadres naar het "
            "meldpunt van het land waar de website wordt gehost, of naar de politie in uw eigen land."
        ),
        # Member hotlines
        (
            "Bulgaria's hotline, a member since 2006. It has handled more than 620,000 reports, and the Bulgarian "
            "Ministry of Interior recognised its work in 2015."
        ): (
            "Het Bulgaarse meldpunt, lid sinds 2006. Het heeft meer dan 620.000 meldingen behandeld en kreeg in 2015 "
            "erkenning voor zijn werk van het Bulgaarse ministerie van Binnenlandse Zaken."
        ),
        "Mexico's reporting line, which joined the network as a provisional member in 2022.": (
            "De Mexicaanse meldlijn, die zich in 2022 als voorlopig lid bij het netwerk aansloot."
        ),
        "Serbia's hotline for illegal online content, a provisional member since 2022.": (
            "Het Servische meldpunt voor illegale online inhoud, voorlopig lid sinds 2022."
        ),
        # Frequently asked questions
        "Frequently asked questions": "Veelgestelde vragen",
        (
            "Short answers to what people ask us most: how reporting works, what hotlines do and what happens at the "
            "summit. Each question has its own link to share."
        ): (
            "Korte antwoorden op wat mensen ons het vaakst vragen: hoe melden werkt, wat meldpunten doen en wat er op "
            "de top gebeurt. Elke vraag heeft een eigen link die u kunt delen."
        ),
        "Answers about reporting child sexual abuse material online, hotlines and the summit.": (
            "Antwoorden over het online melden van materiaal van seksueel kindermisbruik, over meldpunten en over de "
            "top."
        ),
        "Reporting": "Melden",
        (
            "All a hotline needs is the web address where you saw the material. Nothing in a report has to say who you "
            "are."
        ): (
            "Een meldpunt heeft alleen het webadres nodig waar u het materiaal hebt gezien. Nergens in een melding "
            "hoeft te staan wie u bent."
        ),
        "Taking the material down quickly stops it from being seen and copied again.": (
            "Door het materiaal snel offline te halen, wordt voorkomen dat het opnieuw wordt bekeken en gekopieerd."
        ),
        "What must I never do when I report?": "Wat mag ik nooit doen als ik een melding doe?",
        (
            "Never download, save, screenshot or send the material to anyone, not even to the hotline. Keeping or "
            "passing it on can be a crime in itself, and every copy harms the child again."
        ): (
            "Download het materiaal nooit, sla het niet op, maak er geen screenshot van en stuur het naar niemand, ook "
            "niet naar het meldpunt. Het bewaren of doorgeven ervan kan op zich al strafbaar zijn, en elke kopie "
            "schaadt het kind opnieuw."
        ),
        "Report only the web address where you saw it. That is all an analyst needs.": (
            "Meld alleen het webadres waar u het hebt gezien. Meer heeft een analist niet nodig."
        ),
        (
            "Hotlines exchange these reports through ICCAM, a secure platform hosted by INTERPOL, so one report to the "
            "hotline in your own country is enough."
        ): (
            "Meldpunten wisselen deze meldingen uit via ICCAM, een beveiligd platform dat door INTERPOL wordt gehost, "
            "dus één melding bij het meldpunt in uw eigen land is genoeg."
        ),
        (
            "The association was founded in 1999 and is based in Amsterdam. Its foundation, set up in 2010, helps new "
            "hotlines start in countries that do not have one yet."
        ): (
            "De vereniging is opgericht in 1999 en gevestigd in Amsterdam. Haar Stichting, opgericht in 2010, helpt "
            "nieuwe meldpunten op weg in landen die er nog geen hebben."
        ),
        "The summit": "De top",
        "The first edition, in 2018, brought 34 people together; by the fourth, more than 300 took part.": (
            "De eerste editie, in 2018, bracht 34 mensen samen; bij de vierde deden er al meer dan 300 mee."
        ),
        "Can I follow the summit online?": "Kan ik de top online volgen?",
        (
            "It depends on the edition: the 2020 summit took place online, and in 2024 the first day could be followed "
            "online, with a registration of its own. Each summit's page says how to attend and until when you can "
            "register."
        ): (
            "Dat hangt af van de editie: de top van 2020 vond online plaats, en in 2024 was de eerste dag online te "
            "volgen, met een eigen aanmelding. Op de pagina van elke top staat hoe u kunt deelnemen en tot wanneer u "
            "zich kunt aanmelden."
        ),
        "Every registration is approved by the team first.": "Elke aanmelding wordt eerst door het team goedgekeurd.",
    },
    "el": {
        # Member hotlines, in the words of the facts only
        "Albania's hotline, a provisional member since 2022.": (
            "Η γραμμή καταγγελιών της Αλβανίας, προσωρινό μέλος από το 2022."
        ),
        "Japan's hotline (SIEMPLE), a provisional member since 2022.": (
            "Η γραμμή καταγγελιών της Ιαπωνίας (SIEMPLE), προσωρινό μέλος από το 2022."
        ),
        "Spain's hotline, a full member since 2022.": "Η γραμμή καταγγελιών της Ισπανίας, πλήρες μέλος από το 2022.",
        "The hotline for the Philippines, a full member since 2022.": (
            "Η γραμμή καταγγελιών για τις Φιλιππίνες, πλήρες μέλος από το 2022."
        ),
        "Cambodia's hotline, a full member since 2022.": (
            "Η γραμμή καταγγελιών της Καμπότζης, πλήρες μέλος από το 2022."
        ),
        "A member hotline in Sweden.": "Γραμμή καταγγελιών-μέλος στη Σουηδία.",
        "A member hotline in Denmark.": "Γραμμή καταγγελιών-μέλος στη Δανία.",
        "A member hotline in Finland.": "Γραμμή καταγγελιών-μέλος στη Φινλανδία.",
        "Greece's hotline, which works with the UK Revenge Porn Helpline.": (
            "Η ελληνική γραμμή καταγγελιών, που συνεργάζεται με τη βρετανική γραμμή βοήθειας UK Revenge Porn Helpline."
        ),
        # About page
        "About the network": "Σχετικά με το δίκτυο",
        (
            "The association was founded in 1999 and is based in Amsterdam. Its members are national hotlines around "
            "the world."
        ): (
            "Η ένωση ιδρύθηκε το 1999 και έχει έδρα το Άμστερνταμ. Μέλη της είναι εθνικές γραμμές καταγγελιών σε όλο "
            "τον κόσμο."
        ),
        "Our network today": "Το δίκτυό μας σήμερα",
        "Counted from our list of member hotlines, so these numbers are always current.": (
            "Υπολογίζονται από τον κατάλογο των γραμμών καταγγελιών-μελών μας, οπότε οι αριθμοί αυτοί είναι πάντα "
            "ενημερωμένοι."
        ),
        "Our three key pillars": "Οι τρεις βασικοί πυλώνες μας",
        "Supporting hotlines": "Υποστήριξη των γραμμών καταγγελιών",
        (
            "Training for analysts, shared quality standards and good practice, and care for the wellbeing of the "
            "people who review this material every day."
        ): (
            "Εκπαίδευση για τους αναλυτές, κοινά πρότυπα ποιότητας και καλές πρακτικές, καθώς και μέριμνα για την "
            "ευημερία των ανθρώπων που εξετάζουν καθημερινά αυτό το υλικό."
        ),
        "Find a member hotline": "Βρείτε μια γραμμή καταγγελιών-μέλος",
        "Technology": "Τεχνολογία",
        (
            "ICCAM, a secure platform hosted by INTERPOL, lets hotlines exchange reports. Report Box gives new "
            "hotlines a ready-made reporting system."
        ): (
            "Το ICCAM, μια ασφαλής πλατφόρμα που φιλοξενεί η INTERPOL, επιτρέπει στις γραμμές καταγγελιών να "
            "ανταλλάσσουν καταγγελίες. Το Report Box προσφέρει στις νέες γραμμές καταγγελιών ένα έτοιμο σύστημα "
            "υποβολής καταγγελιών."
        ),
        "Advocacy": "Συνηγορία",
        "We work for laws and policies that move us towards an internet free of child sexual abuse material.": (
            "Εργαζόμαστε για νόμους και πολιτικές που μας φέρνουν πιο κοντά σε ένα διαδίκτυο χωρίς υλικό σεξουαλικής "
            "κακοποίησης παιδιών."
        ),
        "Work with us": "Συνεργαστείτε μαζί μας",
        "Our objectives": "Οι στόχοι μας",
        "Raise awareness": "Ευαισθητοποίηση",
        "Make sure people know that this material exists online and where to report it.": (
            "Φροντίζουμε ώστε ο κόσμος να γνωρίζει ότι το υλικό αυτό υπάρχει στο διαδίκτυο και πού μπορεί να το "
            "καταγγείλει."
        ),
        "Grow partnerships": "Ανάπτυξη συνεργασιών",
        "Work with industry, law enforcement and governments towards the same goal.": (
            "Συνεργαζόμαστε με επιχειρήσεις, αρχές επιβολής του νόμου και κυβερνήσεις για τον ίδιο στόχο."
        ),
        "Expand the global network": "Επέκταση του παγκόσμιου δικτύου",
        "Help countries without a hotline to set one up, above all in regions that need it most.": (
            "Βοηθάμε χώρες χωρίς γραμμή καταγγελιών να αποκτήσουν μία, κυρίως σε περιοχές που τη χρειάζονται "
            "περισσότερο."
        ),
        "Exchange expertise": "Ανταλλαγή τεχνογνωσίας",
        "Let analysts learn from each other through exchanges, webinars and training.": (
            "Δίνουμε στους αναλυτές τη δυνατότητα να μαθαίνουν ο ένας από τον άλλον μέσω ανταλλαγών, διαδικτυακών "
            "σεμιναρίων και εκπαίδευσης."
        ),
        "Quality assurance": "Διασφάλιση ποιότητας",
        "Keep every member's work to shared standards that the public can trust.": (
            "Διασφαλίζουμε ότι το έργο κάθε μέλους ανταποκρίνεται σε κοινά πρότυπα που μπορεί να εμπιστεύεται το κοινό."
        ),
        "Our history": "Η ιστορία μας",
        "The association is founded": "Ιδρύεται η ένωση",
        "The Foundation is set up": "Ιδρύεται το Ίδρυμα",
        "A charity that helps emerging countries start their own hotline.": (
            "Ένας φιλανθρωπικός οργανισμός που βοηθά αναδυόμενες χώρες να δημιουργήσουν τη δική τους γραμμή "
            "καταγγελιών."
        ),
        "The first summit": "Η πρώτη σύνοδος",
        "Partners from industry and the network meet in Redmond, Washington.": (
            "Εταίροι από τις επιχειρήσεις και το δίκτυο συναντώνται στο Ρέντμοντ της πολιτείας Ουάσιγκτον."
        ),
        "Seven new members": "Επτά νέα μέλη",
        "Hotlines from Europe, Asia and Latin America join the network.": (
            "Γραμμές καταγγελιών από την Ευρώπη, την Ασία και τη Λατινική Αμερική εντάσσονται στο δίκτυο."
        ),
        "Our funding": "Η χρηματοδότησή μας",
        (
            "Our work is co-funded by the European Union as part of the Better Internet for Kids programme, now under "
            "the Digital Europe Programme (DIGITAL) and before that under the Connecting Europe Facility (CEF)."
        ): (
            "Το έργο μας συγχρηματοδοτείται από την Ευρωπαϊκή Ένωση στο πλαίσιο του προγράμματος Better Internet for "
            "Kids, σήμερα μέσω του Digital Europe Programme (DIGITAL) και παλαιότερα μέσω του Connecting Europe "
            "Facility (CEF)."
        ),
        "Digital Europe Programme (European Union)": "Digital Europe Programme (Ευρωπαϊκή Ένωση)",
        "Better Internet for Kids": "Better Internet for Kids",
        "Find your hotline": "Βρείτε τη γραμμή καταγγελιών σας",
        "The network behind the summit": "Το δίκτυο πίσω από τη σύνοδο",
        "The summit brings together the member hotlines of our network and their partners.": (
            "Η σύνοδος φέρνει κοντά τις γραμμές καταγγελιών-μέλη του δικτύου μας και τους εταίρους τους."
        ),
        'More questions? Read our <a id="a1">frequently asked questions</a>.': (
            'Έχετε κι άλλες ερωτήσεις; Διαβάστε τις <a id="a1">συχνές ερωτήσεις</a>.'
        ),
        # Find your hotline page
        "Find the member hotline in your country and report child sexual abuse material safely.": (
            "Βρείτε τη γραμμή καταγγελιών-μέλος στη χώρα σας και καταγγείλετε με ασφάλεια υλικό σεξουαλικής "
            "κακοποίησης παιδιών."
        ),
        "Choose your country to see where to report. Every member hotline accepts reports anonymously.": (
            "Επιλέξτε τη χώρα σας για να δείτε πού μπορείτε να κάνετε καταγγελία. Κάθε γραμμή καταγγελιών-μέλος "
            "δέχεται ανώνυμες καταγγελίες."
        ),
        (
            "Never download, save, screenshot or forward the material, not even to report it: that can be a crime in "
            "itself. Copy only the web address and give it to the hotline."
        ): (
            "Ποτέ μην κατεβάζετε, μην αποθηκεύετε, μην τραβάτε στιγμιότυπο οθόνης και μην προωθείτε το υλικό, ούτε καν "
            "για να το καταγγείλετε: αυτό μπορεί να αποτελεί από μόνο του ποινικό αδίκημα. Αντιγράψτε μόνο τη "
            "διεύθυνση της ιστοσελίδας και δώστε τη στη γραμμή καταγγελιών."
        ),
        (
            "Your country does not have a member hotline yet. You can still report: send the web address to the "
            "hotline of the country where the website is hosted, or to your national police."
        ): (
            "Η χώρα σας δεν διαθέτει ακόμη γραμμή καταγγελιών-μέλος. Μπορείτε ωστόσο να κάνετε καταγγελία: στείλτε τη "
            "διεύθυνση της ιστοσελίδας στη γραμμή καταγγελιών της χώρας όπου φιλοξενείται ο ιστότοπος ή στην αστυνομία "
            "της χώρας σας."
        ),
        # Member hotlines
        (
            "Bulgaria's hotline, a member since 2006. It has handled more than 620,000 reports, and the Bulgarian "
            "Ministry of Interior recognised its work in 2015."
        ): (
            "Η γραμμή καταγγελιών της Βουλγαρίας, μέλος από το 2006. Έχει χειριστεί περισσότερες από 620.000 "
            "καταγγελίες, και το 2015 το βουλγαρικό Υπουργείο Εσωτερικών αναγνώρισε το έργο της."
        ),
        "Mexico's reporting line, which joined the network as a provisional member in 2022.": (
            "Η γραμμή καταγγελιών του Μεξικού, που εντάχθηκε στο δίκτυο ως προσωρινό μέλος το 2022."
        ),
        "Serbia's hotline for illegal online content, a provisional member since 2022.": (
            "Η γραμμή καταγγελιών της Σερβίας για παράνομο διαδικτυακό περιεχόμενο, προσωρινό μέλος από το 2022."
        ),
        # Frequently asked questions
        "Frequently asked questions": "Συχνές ερωτήσεις",
        (
            "Short answers to what people ask us most: how reporting works, what hotlines do and what happens at the "
            "summit. Each question has its own link to share."
        ): (
            "Σύντομες απαντήσεις σε όσα μας ρωτούν συχνότερα: πώς γίνεται μια καταγγελία, τι κάνουν οι γραμμές "
            "καταγγελιών και τι συμβαίνει στη σύνοδο. Κάθε ερώτηση έχει τον δικό της σύνδεσμο για να τη μοιραστείτε."
        ),
        "Answers about reporting child sexual abuse material online, hotlines and the summit.": (
            "Απαντήσεις σχετικά με την καταγγελία υλικού σεξουαλικής κακοποίησης παιδιών στο διαδίκτυο, τις γραμμές "
            "καταγγελιών και τη σύνοδο."
        ),
        "Reporting": "Υποβολή καταγγελίας",
        (
            "All a hotline needs is the web address where you saw the material. Nothing in a report has to say who you "
            "are."
        ): (
            "Το μόνο που χρειάζεται μια γραμμή καταγγελιών είναι η διεύθυνση της ιστοσελίδας όπου είδατε το υλικό. Η "
            "καταγγελία δεν χρειάζεται να αναφέρει πουθενά ποιος είστε."
        ),
        "Taking the material down quickly stops it from being seen and copied again.": (
            "Όταν το υλικό αφαιρείται γρήγορα, δεν μπορεί να προβληθεί και να αντιγραφεί ξανά."
        ),
        "What must I never do when I report?": "Τι δεν πρέπει να κάνω ποτέ όταν κάνω μια καταγγελία;",
        (
            "Never download, save, screenshot or send the material to anyone, not even to the hotline. Keeping or "
            "passing it on can be a crime in itself, and every copy harms the child again."
        ): (
            "Ποτέ μην κατεβάζετε, μην αποθηκεύετε, μην τραβάτε στιγμιότυπο οθόνης και μην στέλνετε το υλικό σε "
            "κανέναν, ούτε καν στη γραμμή καταγγελιών. Η διατήρηση ή η διάδοσή του μπορεί να αποτελεί από μόνη της "
            "ποινικό αδίκημα, και κάθε αντίγραφο βλάπτει ξανά το παιδί."
        ),
        "Report only the web address where you saw it. That is all an analyst needs.": (
            "Καταγγείλετε μόνο τη διεύθυνση της ιστοσελίδας όπου το είδατε. Αυτό είναι το μόνο που χρειάζεται ένας "
            "αναλυτής."
        ),
        (
            "Hotlines exchange these reports through ICCAM, a secure platform hosted by INTERPOL, so one report to the "
            "hotline in your own country is enough."
        ): (
            "Οι γραμμές καταγγελιών ανταλλάσσουν αυτές τις καταγγελίες μέσω του ICCAM, μιας ασφαλούς πλατφόρμας που "
            "φιλοξενεί η INTERPOL, οπότε αρκεί μία καταγγελία στη γραμμή καταγγελιών της χώρας σας."
        ),
        (
            "The association was founded in 1999 and is based in Amsterdam. Its foundation, set up in 2010, helps new "
            "hotlines start in countries that do not have one yet."
        ): (
            "Η ένωση ιδρύθηκε το 1999 και έχει έδρα το Άμστερνταμ. Το Ίδρυμά της, που συστάθηκε το 2010, βοηθά να "
            "δημιουργηθούν νέες γραμμές καταγγελιών σε χώρες που δεν διαθέτουν ακόμη."
        ),
        "The summit": "Η σύνοδος",
        "The first edition, in 2018, brought 34 people together; by the fourth, more than 300 took part.": (
            "Η πρώτη διοργάνωση, το 2018, συγκέντρωσε 34 άτομα· στην τέταρτη συμμετείχαν ήδη περισσότερα από 300."
        ),
        "Can I follow the summit online?": "Μπορώ να παρακολουθήσω τη σύνοδο διαδικτυακά;",
        (
            "It depends on the edition: the 2020 summit took place online, and in 2024 the first day could be followed "
            "online, with a registration of its own. Each summit's page says how to attend and until when you can "
            "register."
        ): (
            "Εξαρτάται από τη διοργάνωση: η σύνοδος του 2020 έγινε διαδικτυακά, και το 2024 η πρώτη ημέρα μπορούσε "
            "να παρακολουθηθεί διαδικτυακά, με ξεχωριστή εγγραφή. Η σελίδα κάθε συνόδου αναφέρει πώς μπορείτε να "
            "συμμετάσχετε και έως πότε μπορείτε να εγγραφείτε."
        ),
        "Every registration is approved by the team first.": "Κάθε εγγραφή πρέπει πρώτα να εγκριθεί από την ομάδα.",
    },
}
