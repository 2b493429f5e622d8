"""Dutch and Greek translations of the demo content, keyed by the English source string.

The loader feeds these to wagtail-localize as string translations, exactly as a translator
would in the admin, so translated pages stay in sync with their English source.
"""

from .translations_articles import ARTICLE_TRANSLATIONS
from .translations_network import NETWORK_TRANSLATIONS
from .translations_summits import SUMMIT_TRANSLATIONS

PAGE_TRANSLATIONS = {
    "nl": {
        "<b>Advocacy</b> for laws and policies that keep children safe online.": (
            "<b>Belangenbehartiging</b> voor wetten en beleid die kinderen online veilig houden."
        ),
        "<b>Supporting hotlines</b> with training, quality standards and care for analysts.": (
            "<b>Ondersteuning van meldpunten</b> met trainingen, kwaliteitsnormen en zorg voor analisten."
        ),
        "<b>Technology</b> such as ICCAM, a secure platform for exchanging reports.": (
            "<b>Technologie</b> zoals ICCAM, een beveiligd platform voor het uitwisselen van meldingen."
        ),
        (
            "A global network of internet hotlines where anyone can anonymously report child sexual abuse material "
            "found online."
        ): (
            "Een wereldwijd netwerk van internetmeldpunten waar iedereen online aangetroffen materiaal van seksueel "
            "kindermisbruik anoniem kan melden."
        ),
        "A yellow shield in front of white rings, standing for protection": (
            "Een geel schild voor witte ringen, als symbool voor bescherming"
        ),
        "About us": "Over ons",
        (
            "Analysts at each hotline assess reports under their national law, alert the police and ask hosting "
            "providers to take confirmed material down."
        ): (
            "Analisten van elk meldpunt beoordelen meldingen aan de hand van hun nationale wetgeving, schakelen de "
            "politie in en vragen hostingproviders om bevestigd illegaal materiaal offline te halen."
        ),
        "At a glance": "In het kort",
        "Before you report": "Voordat u een melding doet",
        "Contact": "Contact",
        "Contact us": "Neem contact met ons op",
        "Copy the web address (URL) where you saw the material.": (
            "Kopieer het webadres (URL) waar u het materiaal hebt gezien."
        ),
        "Every report counts: behind each one there may be a child who still needs help.": (
            "Elke melding telt: achter iedere melding kan een kind schuilgaan dat nog hulp nodig heeft."
        ),
        "Find out more": "Meer informatie",
        "Found something online?": "Iets aangetroffen op internet?",
        "Go to the hotline for your country and open its reporting form.": (
            "Ga naar het meldpunt in uw land en open het meldformulier."
        ),
        "Home": "Home",
        "Hotlines pass reports to each other so material is removed wherever it is hosted.": (
            "Meldpunten geven meldingen aan elkaar door, zodat materiaal wordt verwijderd, waar het ook wordt gehost."
        ),
        "How this website handles personal data.": "Hoe deze website met persoonsgegevens omgaat.",
        "How to reach the association's secretariat in Amsterdam.": (
            "Zo bereikt u het secretariaat van de vereniging in Amsterdam."
        ),
        "How to report": "Zo doet u een melding",
        "How to report child sexual abuse material you find online, safely and anonymously.": (
            "Zo meldt u veilig en anoniem materiaal van seksueel kindermisbruik dat u online aantreft."
        ),
        "How we work": "Hoe wij werken",
        "INHOPE": "INHOPE",
        (
            "If you come across images or videos of child sexual abuse online, report the web address to a hotline. "
            "You do not need to give your name."
        ): (
            "Komt u online afbeeldingen of video's van seksueel kindermisbruik tegen, meld dan het webadres bij een "
            "meldpunt. U hoeft uw naam niet op te geven."
        ),
        "Illustration": "Illustratie",
        (
            "In 2010 we set up a charitable Foundation to help countries without a hotline start one. It has supported "
            "new hotlines in Colombia, Kazakhstan and Thailand."
        ): (
            "In 2010 hebben wij een charitatieve Stichting opgericht om landen zonder meldpunt te helpen er een op te "
            "zetten. De Stichting heeft nieuwe meldpunten in Colombia, Kazachstan en Thailand ondersteund."
        ),
        "Jozef Israëlskade 46v, 1072 SB Amsterdam, the Netherlands": (
            "Jozef Israëlskade 46v, 1072 SB Amsterdam, Nederland"
        ),
        "Jozef Israëlskade 46v<br/>1072 SB Amsterdam<br/>The Netherlands": (
            "Jozef Israëlskade 46v<br/>1072 SB Amsterdam<br/>Nederland"
        ),
        "Keep yourself safe": "Bescherm uzelf",
        (
            "Never download, save, screenshot or forward the material, not even to report it. Sharing the web address "
            "is enough."
        ): (
            "Download het materiaal nooit, sla het niet op, maak er geen screenshot van en stuur het niet door, ook "
            "niet om het te melden. Het webadres doorgeven is voldoende."
        ),
        "Our guiding principle": "Ons uitgangspunt",
        "Our mission": "Onze missie",
        "Our office": "Ons kantoor",
        "Paste the address and add anything that helps analysts find it.": (
            "Plak het adres in het formulier en voeg alles toe wat analisten kan helpen het materiaal te vinden."
        ),
        (
            "Please do not send us illegal material or links to it. To report content, use the hotline in your "
            "country: hotlines, not our office, handle reports."
        ): (
            "Stuur ons geen illegaal materiaal of links daarnaar. Wilt u inhoud melden, gebruik dan het meldpunt in uw "
            "land: meldingen worden behandeld door de meldpunten, niet door ons kantoor."
        ),
        "Points joined by lines, like hotlines connected across the world": (
            "Punten verbonden door lijnen, zoals meldpunten die over de hele wereld met elkaar verbonden zijn"
        ),
        "Privacy": "Privacy",
        "Questions about the network, membership or our work? Our secretariat is glad to help.": (
            "Heeft u vragen over het netwerk, het lidmaatschap of ons werk? Ons secretariaat helpt u graag."
        ),
        "Reach our secretariat.": "Neem contact op met ons secretariaat.",
        "Report illegal content": "Illegale inhoud melden",
        "Reporting is anonymous. Never download or share the material: report the web address.": (
            "Melden is anoniem. Download of deel het materiaal nooit: meld het webadres."
        ),
        "Reporting takes a minute and can be done anonymously.": (
            "Een melding doen kost maar een minuut en kan anoniem."
        ),
        (
            "Since 1999 we have brought national hotlines together into one global network. We help new hotlines "
            "start, support analysts with training and shared standards, provide secure technology for exchanging "
            "reports, and work for laws and policies that keep children safe online."
        ): (
            "Sinds 1999 brengen wij nationale meldpunten samen in één wereldwijd netwerk. Wij helpen nieuwe meldpunten "
            "op weg, ondersteunen analisten met trainingen en gedeelde normen, bieden veilige technologie voor het "
            "uitwisselen van meldingen en zetten ons in voor wetten en beleid die kinderen online veilig houden."
        ),
        "The Foundation": "De Stichting",
        "The International Association of Internet Hotlines": "De Internationale Vereniging van Internetmeldpunten",
        (
            "The association was founded in 1999 and is based in Amsterdam. Its members are national hotlines on six "
            "continents."
        ): (
            "De vereniging is opgericht in 1999 en gevestigd in Amsterdam. Haar leden zijn nationale meldpunten op zes "
            "continenten."
        ),
        "This website collects as little personal data as possible.": (
            "Deze website verzamelt zo min mogelijk persoonsgegevens."
        ),
        "Together for an internet free of child sexual abuse material": (
            "Samen voor een internet zonder materiaal van seksueel kindermisbruik"
        ),
        (
            "We are the International Association of Internet Hotlines: a global network of hotlines where the public "
            "can report child sexual abuse material found online."
        ): (
            "Wij zijn de Internationale Vereniging van Internetmeldpunten: een wereldwijd netwerk van meldpunten waar "
            "het publiek online aangetroffen materiaal van seksueel kindermisbruik kan melden."
        ),
        (
            "We connect the hotlines where anyone can report child sexual abuse material found online, anonymously, so "
            "that it is assessed, passed to the police and taken down fast."
        ): (
            "Wij verbinden de meldpunten waar iedereen online aangetroffen materiaal van seksueel kindermisbruik "
            "anoniem kan melden, zodat het wordt beoordeeld, aan de politie wordt doorgegeven en snel offline wordt "
            "gehaald."
        ),
        "We do not use tracking cookies. Our servers keep short technical logs to protect the site from abuse.": (
            "Wij gebruiken geen trackingcookies. Onze servers houden beknopte technische logbestanden bij om de site "
            "tegen misbruik te beschermen."
        ),
        "What to do when you find illegal material.": "Wat u moet doen als u illegaal materiaal tegenkomt.",
        "What we collect": "Welke gegevens wij verzamelen",
        "Who we are": "Wie wij zijn",
        "Who we are and how we work.": "Wie wij zijn en hoe wij werken.",
        "Who we are: a global network of internet hotlines working to remove child sexual abuse material.": (
            "Wie wij zijn: een wereldwijd netwerk van internetmeldpunten dat zich inzet om materiaal van seksueel "
            "kindermisbruik te laten verwijderen."
        ),
        "1999": "1999",
        "2010": "2010",
        "6": "6",
        "A trained analyst checks the material against national law. If it is illegal, the hotline informs the police and asks the hosting provider to remove it.": (
            "Een getrainde analist toetst het materiaal aan de nationale wet. Is het illegaal, dan informeert het "
            "meldpunt de politie en vraagt het de hostingprovider het te verwijderen."
        ),
        "Continents with member hotlines": "Continenten met aangesloten meldpunten",
        "Is my report anonymous?": "Is mijn melding anoniem?",
        "The hotline passes the report to the member hotline in the hosting country through the network, so it can be removed there.": (
            "Het meldpunt stuurt de melding via het netwerk door naar het aangesloten meldpunt in het land waar het "
            "materiaal wordt gehost, zodat het daar kan worden verwijderd."
        ),
        "What happens after I report?": "Wat gebeurt er nadat ik een melding heb gedaan?",
        "What if the material is hosted in another country?": "Wat als het materiaal in een ander land wordt gehost?",
        "Year the Foundation was set up": "Jaar waarin de Stichting werd opgericht",
        "Year the association was founded": "Jaar waarin de vereniging werd opgericht",
        "Yes. Hotlines accept reports without a name or contact details.": (
            "Ja. Meldpunten nemen meldingen aan zonder naam of contactgegevens."
        ),
    },
    "el": {
        "<b>Advocacy</b> for laws and policies that keep children safe online.": (
            "<b>Συνηγορία</b> για νόμους και πολιτικές που προστατεύουν τα παιδιά στο διαδίκτυο."
        ),
        "<b>Supporting hotlines</b> with training, quality standards and care for analysts.": (
            "<b>Υποστήριξη των γραμμών καταγγελιών</b> με εκπαίδευση, πρότυπα ποιότητας και μέριμνα για τους αναλυτές."
        ),
        "<b>Technology</b> such as ICCAM, a secure platform for exchanging reports.": (
            "<b>Τεχνολογία</b>, όπως το ICCAM, μια ασφαλής πλατφόρμα για την ανταλλαγή καταγγελιών."
        ),
        (
            "A global network of internet hotlines where anyone can anonymously report child sexual abuse material "
            "found online."
        ): (
            "Ένα παγκόσμιο δίκτυο γραμμών καταγγελιών όπου ο καθένας μπορεί να καταγγείλει ανώνυμα υλικό σεξουαλικής "
            "κακοποίησης παιδιών που εντοπίζει στο διαδίκτυο."
        ),
        "A yellow shield in front of white rings, standing for protection": (
            "Μια κίτρινη ασπίδα μπροστά από λευκούς δακτυλίους, σύμβολο προστασίας"
        ),
        "About us": "Σχετικά με εμάς",
        (
            "Analysts at each hotline assess reports under their national law, alert the police and ask hosting "
            "providers to take confirmed material down."
        ): (
            "Οι αναλυτές κάθε γραμμής καταγγελιών αξιολογούν τις καταγγελίες με βάση την εθνική νομοθεσία, ειδοποιούν "
            "την αστυνομία και ζητούν από τους παρόχους φιλοξενίας να αφαιρέσουν το υλικό που επιβεβαιώθηκε ως "
            "παράνομο."
        ),
        "At a glance": "Με μια ματιά",
        "Before you report": "Πριν κάνετε καταγγελία",
        "Contact": "Επικοινωνία",
        "Contact us": "Επικοινωνήστε μαζί μας",
        "Copy the web address (URL) where you saw the material.": (
            "Αντιγράψτε τη διεύθυνση της ιστοσελίδας (URL) όπου είδατε το υλικό."
        ),
        "Every report counts: behind each one there may be a child who still needs help.": (
            "Κάθε καταγγελία μετράει: πίσω από την καθεμία μπορεί να βρίσκεται ένα παιδί που χρειάζεται ακόμη βοήθεια."
        ),
        "Find out more": "Μάθετε περισσότερα",
        "Found something online?": "Εντοπίσατε κάτι στο διαδίκτυο;",
        "Go to the hotline for your country and open its reporting form.": (
            "Μεταβείτε στη γραμμή καταγγελιών της χώρας σας και ανοίξτε τη φόρμα καταγγελίας."
        ),
        "Home": "Αρχική",
        "Hotlines pass reports to each other so material is removed wherever it is hosted.": (
            "Οι γραμμές καταγγελιών διαβιβάζουν τις καταγγελίες η μία στην άλλη, ώστε το υλικό να αφαιρείται όπου κι "
            "αν φιλοξενείται."
        ),
        "How this website handles personal data.": "Πώς χειρίζεται ο ιστότοπος αυτός τα προσωπικά δεδομένα.",
        "How to reach the association's secretariat in Amsterdam.": (
            "Πώς να επικοινωνήσετε με τη γραμματεία της ένωσης στο Άμστερνταμ."
        ),
        "How to report": "Πώς να κάνετε καταγγελία",
        "How to report child sexual abuse material you find online, safely and anonymously.": (
            "Πώς να καταγγείλετε με ασφάλεια και ανώνυμα υλικό σεξουαλικής κακοποίησης παιδιών που εντοπίζετε στο "
            "διαδίκτυο."
        ),
        "How we work": "Πώς εργαζόμαστε",
        "INHOPE": "INHOPE",
        (
            "If you come across images or videos of child sexual abuse online, report the web address to a hotline. "
            "You do not need to give your name."
        ): (
            "Αν συναντήσετε στο διαδίκτυο εικόνες ή βίντεο σεξουαλικής κακοποίησης παιδιών, καταγγείλετε τη διεύθυνση "
            "της ιστοσελίδας σε μια γραμμή καταγγελιών. Δεν χρειάζεται να δώσετε το όνομά σας."
        ),
        "Illustration": "Εικονογράφηση",
        (
            "In 2010 we set up a charitable Foundation to help countries without a hotline start one. It has supported "
            "new hotlines in Colombia, Kazakhstan and Thailand."
        ): (
            "Το 2010 ιδρύσαμε ένα φιλανθρωπικό Ίδρυμα για να βοηθά χώρες χωρίς γραμμή καταγγελιών να αποκτήσουν μία. "
            "Έχει στηρίξει νέες γραμμές καταγγελιών στην Κολομβία, στο Καζακστάν και στην Ταϊλάνδη."
        ),
        "Jozef Israëlskade 46v, 1072 SB Amsterdam, the Netherlands": (
            "Jozef Israëlskade 46v, 1072 SB Amsterdam, Ολλανδία"
        ),
        "Jozef Israëlskade 46v<br/>1072 SB Amsterdam<br/>The Netherlands": (
            "Jozef Israëlskade 46v<br/>1072 SB Amsterdam<br/>Ολλανδία"
        ),
        "Keep yourself safe": "Προστατέψτε τον εαυτό σας",
        (
            "Never download, save, screenshot or forward the material, not even to report it. Sharing the web address "
            "is enough."
        ): (
            "Ποτέ μην κατεβάζετε, μην αποθηκεύετε, μην τραβάτε στιγμιότυπο οθόνης και μην προωθείτε το υλικό, ούτε καν "
            "για να το καταγγείλετε. Αρκεί να δώσετε τη διεύθυνση της ιστοσελίδας."
        ),
        "Our guiding principle": "Η κατευθυντήρια αρχή μας",
        "Our mission": "Η αποστολή μας",
        "Our office": "Τα γραφεία μας",
        "Paste the address and add anything that helps analysts find it.": (
            "Επικολλήστε τη διεύθυνση και προσθέστε ό,τι μπορεί να βοηθήσει τους αναλυτές να εντοπίσουν το υλικό."
        ),
        (
            "Please do not send us illegal material or links to it. To report content, use the hotline in your "
            "country: hotlines, not our office, handle reports."
        ): (
            "Παρακαλούμε μην μας στέλνετε παράνομο υλικό ή συνδέσμους προς αυτό. Για να καταγγείλετε περιεχόμενο, "
            "απευθυνθείτε στη γραμμή καταγγελιών της χώρας σας: τις καταγγελίες τις χειρίζονται οι γραμμές "
            "καταγγελιών, όχι τα γραφεία μας."
        ),
        "Points joined by lines, like hotlines connected across the world": (
            "Σημεία ενωμένα με γραμμές, όπως οι γραμμές καταγγελιών που συνδέονται σε όλο τον κόσμο"
        ),
        "Privacy": "Απόρρητο",
        "Questions about the network, membership or our work? Our secretariat is glad to help.": (
            "Έχετε ερωτήσεις για το δίκτυο, την ιδιότητα μέλους ή το έργο μας; Η γραμματεία μας θα χαρεί να σας "
            "βοηθήσει."
        ),
        "Reach our secretariat.": "Επικοινωνήστε με τη γραμματεία μας.",
        "Report illegal content": "Καταγγελία παράνομου περιεχομένου",
        "Reporting is anonymous. Never download or share the material: report the web address.": (
            "Η καταγγελία είναι ανώνυμη. Μην κατεβάζετε και μην κοινοποιείτε ποτέ το υλικό: καταγγείλετε τη διεύθυνση "
            "της ιστοσελίδας."
        ),
        "Reporting takes a minute and can be done anonymously.": (
            "Η καταγγελία διαρκεί ένα λεπτό και μπορεί να γίνει ανώνυμα."
        ),
        (
            "Since 1999 we have brought national hotlines together into one global network. We help new hotlines "
            "start, support analysts with training and shared standards, provide secure technology for exchanging "
            "reports, and work for laws and policies that keep children safe online."
        ): (
            "Από το 1999 ενώνουμε τις εθνικές γραμμές καταγγελιών σε ένα παγκόσμιο δίκτυο. Βοηθάμε νέες γραμμές "
            "καταγγελιών να ξεκινήσουν, στηρίζουμε τους αναλυτές με εκπαίδευση και κοινά πρότυπα, παρέχουμε ασφαλή "
            "τεχνολογία για την ανταλλαγή καταγγελιών και εργαζόμαστε για νόμους και πολιτικές που προστατεύουν τα "
            "παιδιά στο διαδίκτυο."
        ),
        "The Foundation": "Το Ίδρυμα",
        "The International Association of Internet Hotlines": "Η Διεθνής Ένωση Γραμμών Καταγγελιών για το Διαδίκτυο",
        (
            "The association was founded in 1999 and is based in Amsterdam. Its members are national hotlines on six "
            "continents."
        ): (
            "Η ένωση ιδρύθηκε το 1999 και έχει έδρα το Άμστερνταμ. Μέλη της είναι εθνικές γραμμές καταγγελιών σε έξι "
            "ηπείρους."
        ),
        "This website collects as little personal data as possible.": (
            "Ο ιστότοπος αυτός συλλέγει όσο το δυνατόν λιγότερα προσωπικά δεδομένα."
        ),
        "Together for an internet free of child sexual abuse material": (
            "Μαζί για ένα διαδίκτυο χωρίς υλικό σεξουαλικής κακοποίησης παιδιών"
        ),
        (
            "We are the International Association of Internet Hotlines: a global network of hotlines where the public "
            "can report child sexual abuse material found online."
        ): (
            "Είμαστε η Διεθνής Ένωση Γραμμών Καταγγελιών για το Διαδίκτυο: ένα παγκόσμιο δίκτυο γραμμών καταγγελιών "
            "όπου το κοινό μπορεί να καταγγείλει υλικό σεξουαλικής κακοποίησης παιδιών που εντοπίζει στο διαδίκτυο."
        ),
        (
            "We connect the hotlines where anyone can report child sexual abuse material found online, anonymously, so "
            "that it is assessed, passed to the police and taken down fast."
        ): (
            "Συνδέουμε τις γραμμές καταγγελιών όπου ο καθένας μπορεί να καταγγείλει ανώνυμα υλικό σεξουαλικής "
            "κακοποίησης παιδιών που εντοπίζει στο διαδίκτυο, ώστε να αξιολογείται, να διαβιβάζεται στην αστυνομία και "
            "να αφαιρείται γρήγορα."
        ),
        "We do not use tracking cookies. Our servers keep short technical logs to protect the site from abuse.": (
            "Δεν χρησιμοποιούμε cookies παρακολούθησης. Οι διακομιστές μας τηρούν συνοπτικά τεχνικά αρχεία καταγραφής "
            "για να προστατεύουν τον ιστότοπο από κατάχρηση."
        ),
        "What to do when you find illegal material.": "Τι να κάνετε όταν εντοπίσετε παράνομο υλικό.",
        "What we collect": "Ποια δεδομένα συλλέγουμε",
        "Who we are": "Ποιοι είμαστε",
        "Who we are and how we work.": "Ποιοι είμαστε και πώς εργαζόμαστε.",
        "Who we are: a global network of internet hotlines working to remove child sexual abuse material.": (
            "Ποιοι είμαστε: ένα παγκόσμιο δίκτυο γραμμών καταγγελιών για το διαδίκτυο που εργάζεται για την αφαίρεση "
            "υλικού σεξουαλικής κακοποίησης παιδιών."
        ),
        "1999": "1999",
        "2010": "2010",
        "6": "6",
        "A trained analyst checks the material against national law. If it is illegal, the hotline informs the police and asks the hosting provider to remove it.": (
            "Ένας εκπαιδευμένος αναλυτής ελέγχει το υλικό με βάση την εθνική νομοθεσία. Αν είναι παράνομο, η γραμμή "
            "καταγγελιών ενημερώνει την αστυνομία και ζητά από τον πάροχο φιλοξενίας να το αφαιρέσει."
        ),
        "Continents with member hotlines": "Ήπειροι με γραμμές καταγγελιών-μέλη",
        "Is my report anonymous?": "Είναι η καταγγελία μου ανώνυμη;",
        "The hotline passes the report to the member hotline in the hosting country through the network, so it can be removed there.": (
            "Η γραμμή καταγγελιών διαβιβάζει την καταγγελία μέσω του δικτύου στη γραμμή-μέλος της χώρας όπου "
            "φιλοξενείται το υλικό, ώστε να αφαιρεθεί εκεί."
        ),
        "What happens after I report?": "Τι συμβαίνει αφού κάνω μια καταγγελία;",
        "What if the material is hosted in another country?": "Τι γίνεται αν το υλικό φιλοξενείται σε άλλη χώρα;",
        "Year the Foundation was set up": "Έτος ίδρυσης του Ιδρύματος",
        "Year the association was founded": "Έτος ίδρυσης της ένωσης",
        "Yes. Hotlines accept reports without a name or contact details.": (
            "Ναι. Οι γραμμές καταγγελιών δέχονται καταγγελίες χωρίς όνομα ή στοιχεία επικοινωνίας."
        ),
    },
}

TRANSLATIONS = {
    code: {
        **strings,
        **ARTICLE_TRANSLATIONS[code],
        **SUMMIT_TRANSLATIONS[code],
        **NETWORK_TRANSLATIONS[code],
    }
    for code, strings in PAGE_TRANSLATIONS.items()
}
