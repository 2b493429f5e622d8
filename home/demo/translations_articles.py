"""Dutch and Greek translations of the demo news (home/demo/articles.py), keyed by the English source string."""

ARTICLE_TRANSLATIONS = {
    "nl": {
        # Index page
        "News": "Nieuws",
        "Articles from the hotline network and its partners. Choose one or more topics to find what you need.": (
            "Artikelen van het meldpuntennetwerk en zijn partners. Kies een of meer onderwerpen om te vinden wat u "
            "zoekt."
        ),
        "News from the INHOPE hotline network and its partners, filterable by topic.": (
            "Nieuws van het INHOPE-meldpuntennetwerk en zijn partners, te filteren op onderwerp."
        ),
        # Topics
        "Media literacy/education": "Mediawijsheid/educatie",
        "Helping children, parents and teachers understand and question what they meet online.": (
            "Kinderen, ouders en leraren helpen te begrijpen en kritisch te bekijken wat ze online tegenkomen."
        ),
        "Potentially harmful content": "Mogelijk schadelijke inhoud",
        "Material that is not always illegal but can still hurt children and young people.": (
            "Materiaal dat niet altijd illegaal is, maar kinderen en jongeren toch kan schaden."
        ),
        "Data privacy": "Gegevensprivacy",
        "Keeping personal information, photos and accounts under the owner's control.": (
            "Persoonlijke gegevens, foto's en accounts onder controle van de eigenaar houden."
        ),
        "Cyberbullying": "Cyberpesten",
        "Repeated hurtful behaviour through phones, games and social media.": (
            "Herhaaldelijk kwetsend gedrag via telefoons, games en sociale media."
        ),
        "Grooming": "Grooming",
        "Adults building trust with a child online in order to abuse them.": (
            "Volwassenen die online het vertrouwen van een kind winnen om het te misbruiken."
        ),
        "Hate speech": "Haatzaaiende uitlatingen",
        "Content that attacks people for who they are.": "Inhoud die mensen aanvalt om wie ze zijn.",
        "Sextortion": "Sextortion",
        "Threats to share intimate images unless the victim pays or sends more.": (
            "Dreigementen om intieme beelden te verspreiden, tenzij het slachtoffer betaalt of meer beelden stuurt."
        ),
        # Sources
        "INHOPE": "INHOPE",
        "BIK Team": "BIK Team",
        "Greek Safer Internet Centre": "Grieks Safer Internet Centre",
        # Image alt texts
        "Points of light joined by lines, like a map of a network": (
            "Lichtpunten verbonden door lijnen, als een kaart van een netwerk"
        ),
        "A yellow shield in front of white rings on a blue background": (
            "Een geel schild voor witte ringen op een blauwe achtergrond"
        ),
        "Blue waves under a yellow sun": "Blauwe golven onder een gele zon",
        # Article: hotline-activity-q1-2024
        "INHOPE EC-funded hotline activity: overview of Quarter 1, 2024": (
            "Activiteiten van door de EC gefinancierde INHOPE-meldpunten: overzicht van het eerste kwartaal van 2024"
        ),
        (
            "A look at what the hotlines funded by the European Commission handled between January and March 2024, and "
            "what the numbers tell us about the work behind each report."
        ): (
            "Een blik op wat de door de Europese Commissie gefinancierde meldpunten tussen januari en maart 2024 "
            "hebben behandeld, en wat de cijfers ons vertellen over het werk achter elke melding."
        ),
        (
            "Every three months the hotlines that receive European Commission funding share how many reports reached "
            "them and what happened next. The first quarter of 2024 followed the pattern of recent years: most reports "
            "came from members of the public, and many pointed to the same material hosted again and again."
        ): (
            "Elke drie maanden laten de meldpunten die financiering van de Europese Commissie ontvangen weten hoeveel "
            "meldingen zij hebben binnengekregen en wat daarmee is gebeurd. Het eerste kwartaal van 2024 volgde het "
            "patroon van de afgelopen jaren: de meeste meldingen kwamen van het publiek, en veel ervan verwezen naar "
            "hetzelfde materiaal dat steeds opnieuw online werd gezet."
        ),
        (
            "Behind each figure is an analyst who opened the report, checked the content against national law and, "
            "where it was illegal, passed it on. Confirmed material goes to the police, and the company hosting it "
            "receives a request to take it down."
        ): (
            "Achter elk cijfer staat een analist die de melding heeft geopend, de inhoud aan de nationale wetgeving "
            "heeft getoetst en deze, als die illegaal was, heeft doorgestuurd. Bevestigd materiaal gaat naar de "
            "politie, en het bedrijf dat het host krijgt een verzoek om het te verwijderen."
        ),
        (
            "Quarterly overviews help the network see where material is hosted and how quickly it disappears. They "
            "also show where hotlines need more support, in people as much as in technology."
        ): (
            "Kwartaaloverzichten helpen het netwerk te zien waar materiaal wordt gehost en hoe snel het verdwijnt. Ze "
            "laten ook zien waar meldpunten meer ondersteuning nodig hebben, in mensen net zo goed als in technologie."
        ),
        # Article: insafe-and-inhope-networks-meet
        "The Insafe and INHOPE networks meet to facilitate sharing of experiences and good practice": (
            "De netwerken Insafe en INHOPE komen samen om ervaringen en goede praktijken uit te wisselen"
        ),
        (
            "Helplines, awareness centres and hotlines from across Europe spent two days in Warsaw comparing notes on "
            "the risks children face online today."
        ): (
            "Hulplijnen, bewustmakingscentra en meldpunten uit heel Europa wisselden twee dagen lang in Warschau "
            "ervaringen uit over de risico's waarmee kinderen vandaag de dag online te maken krijgen."
        ),
        (
            "In April 2024 the Insafe and INHOPE networks met in Warsaw, Poland, for two days of joint work. Together "
            "they make up the Safer Internet Centres in each country: a helpline for advice, an awareness centre for "
            "education and a hotline for reports."
        ): (
            "In april 2024 kwamen de netwerken Insafe en INHOPE in Warschau (Polen) bijeen voor twee dagen gezamenlijk "
            "werk. Samen vormen zij in elk land het Safer Internet Centre: een hulplijn voor advies, een "
            "bewustmakingscentrum voor educatie en een meldpunt voor meldingen."
        ),
        (
            "The agenda followed what young people bring to the helplines: deep nudes made with AI tools, sextortion, "
            "gender-based violence and easy access to adult content. Each session paired a short talk with time to "
            "swap approaches between countries."
        ): (
            "Het programma volgde de onderwerpen waarmee jongeren bij de hulplijnen aankloppen: met AI-tools gemaakte "
            "deepnudes, sextortion, gendergerelateerd geweld en gemakkelijke toegang tot inhoud voor volwassenen. Elke "
            "sessie combineerde een korte presentatie met tijd om werkwijzen tussen landen uit te wisselen."
        ),
        (
            "Meetings like this turn one centre's experience into the whole network's knowledge, so that a campaign or "
            "a way of handling a hard case can travel quickly across borders."
        ): (
            "Bijeenkomsten als deze maken van de ervaring van één centrum kennis van het hele netwerk, zodat een "
            "campagne of een aanpak voor een moeilijke zaak zich snel over de grenzen heen kan verspreiden."
        ),
        # Article: year-in-review-member-hotlines
        "A year in review: the work of INHOPE member hotlines in the fight against CSAM": (
            "Een terugblik op het jaar: het werk van de aangesloten INHOPE-meldpunten in de strijd tegen materiaal van "
            "seksueel kindermisbruik"
        ),
        (
            "Looking back on a year of reports, training and new members across the network of hotlines that work to "
            "remove child sexual abuse material from the internet."
        ): (
            "Terugblik op een jaar vol meldingen, trainingen en nieuwe leden in het netwerk van meldpunten die zich "
            "inzetten om materiaal van seksueel kindermisbruik van het internet te verwijderen."
        ),
        (
            "Member hotlines spent another year assessing public reports of child sexual abuse material and making "
            "sure that confirmed material was removed as fast as possible."
        ): (
            "De aangesloten meldpunten hebben opnieuw een jaar lang meldingen van het publiek over materiaal van "
            "seksueel kindermisbruik beoordeeld en ervoor gezorgd dat bevestigd materiaal zo snel mogelijk werd "
            "verwijderd."
        ),
        (
            "Through ICCAM, the secure platform hosted by INTERPOL, hotlines passed reports to the country where the "
            "material was hosted, so that the right hotline could act on it. Shared working methods and quality "
            "standards made that exchange faster and more consistent."
        ): (
            "Via ICCAM, het beveiligde platform dat door INTERPOL wordt gehost, stuurden meldpunten meldingen door "
            "naar het land waar het materiaal werd gehost, zodat het juiste meldpunt actie kon ondernemen. Gedeelde "
            "werkmethoden en kwaliteitsnormen maakten die uitwisseling sneller en consistenter."
        ),
        (
            "The year also brought training for analysts, attention to their wellbeing, and conversations with new "
            "organisations that want to open hotlines of their own."
        ): (
            "Het jaar bracht ook trainingen voor analisten, aandacht voor hun welzijn en gesprekken met nieuwe "
            "organisaties die zelf een meldpunt willen oprichten."
        ),
        # Article: greek-nationwide-media-campaign
        "Empowering online safety: new nationwide media campaign by the Greek Safer Internet Centre": (
            "Online veiligheid versterken: nieuwe landelijke mediacampagne van het Griekse Safer Internet Centre"
        ),
        (
            "A television campaign across Greece invites parents, carers and young people to ask for help and to "
            "report what worries them online."
        ): (
            "Een televisiecampagne in heel Griekenland nodigt ouders, verzorgers en jongeren uit om hulp te vragen en "
            "te melden wat hen online zorgen baart."
        ),
        (
            "The Greek Safer Internet Centre launched a nationwide television campaign aimed at parents, carers and "
            "young people alike."
        ): (
            "Het Griekse Safer Internet Centre is een landelijke televisiecampagne gestart die zich zowel op ouders en "
            "verzorgers als op jongeren richt."
        ),
        (
            "The spots show everyday moments online, from sharing photos to chatting with strangers, and end with two "
            "places to turn to: the helpline for advice and support, and the hotline for reporting illegal content."
        ): (
            "De spotjes tonen alledaagse momenten online, van het delen van foto's tot chatten met vreemden, en "
            "eindigen met twee plekken waar je terechtkunt: de hulplijn voor advies en ondersteuning, en het meldpunt "
            "om illegale inhoud te melden."
        ),
        (
            "By speaking to adults and young people in the same campaign, the centre hopes to make talking about "
            "online risks an ordinary conversation at home."
        ): (
            "Door volwassenen en jongeren in dezelfde campagne aan te spreken, hoopt het centrum dat praten over "
            "online risico's thuis een gewoon gesprek wordt."
        ),
        # Article: tech-savvy-gifting
        "Tech-savvy gifting: a guide to balancing joy and digital safety": (
            "Techcadeaus met verstand: een gids om plezier en digitale veiligheid in balans te brengen"
        ),
        (
            "A new phone, console or smart toy can be a wonderful present. A few settings and a short conversation "
            "make it a safer one too."
        ): (
            "Een nieuwe telefoon, spelcomputer of slim speelgoed kan een prachtig cadeau zijn. Met een paar "
            "instellingen en een kort gesprek wordt het ook een veiliger cadeau."
        ),
        (
            "Connected devices are among the most popular presents for children. Before wrapping one, it helps to know "
            "what it can do: does it have a camera, a chat function, an app store?"
        ): (
            "Apparaten met een internetverbinding behoren tot de populairste cadeaus voor kinderen. Voordat u er een "
            "inpakt, is het handig om te weten wat het apparaat kan: heeft het een camera, een chatfunctie, een "
            "appstore?"
        ),
        (
            "Setting up the device together is a good moment to choose privacy settings, agree on rules for games and "
            "chats, and explain what to do when something online feels wrong."
        ): (
            "Het apparaat samen instellen is een goed moment om privacyinstellingen te kiezen, afspraken te maken over "
            "games en chats, en uit te leggen wat ze moeten doen als iets online niet goed voelt."
        ),
        (
            "The most important gift is the knowledge that they can always come to you, and that illegal images can be "
            "reported anonymously to a hotline."
        ): (
            "Het belangrijkste cadeau is de wetenschap dat ze altijd bij u terechtkunnen, en dat illegale beelden "
            "anoniem bij een meldpunt kunnen worden gemeld."
        ),
        # Article: insafe-training-meeting-dsa-and-ai
        "The Insafe network meets to discuss the Digital Services Act (DSA) and AI at the Insafe Training meeting": (
            "Het Insafe-netwerk komt bijeen om de Digital Services Act (DSA) en AI te bespreken tijdens de "
            "Insafe-trainingsbijeenkomst"
        ),
        (
            "Over three online mornings, Insafe centres explored what the Digital Services Act and artificial "
            "intelligence mean for their work with children."
        ): (
            "Tijdens drie online ochtenden onderzochten de Insafe-centra wat de Digital Services Act en kunstmatige "
            "intelligentie betekenen voor hun werk met kinderen."
        ),
        (
            "The autumn Insafe Training meeting took place online across three mornings and focused on artificial "
            "intelligence."
        ): (
            "De Insafe-trainingsbijeenkomst in het najaar vond online plaats, verspreid over drie ochtenden, en stond "
            "in het teken van kunstmatige intelligentie."
        ),
        (
            "Participants looked at how the Digital Services Act changes the duties of online platforms, and at how AI "
            "tools are already shaping what children see, make and share."
        ): (
            "De deelnemers bekeken hoe de Digital Services Act de verplichtingen van onlineplatforms verandert, en hoe "
            "AI-tools nu al van invloed zijn op wat kinderen zien, maken en delen."
        ),
        (
            "Centres left with ideas for their own awareness work and with questions to keep exploring together as the "
            "technology moves on."
        ): (
            "De centra gingen naar huis met ideeën voor hun eigen bewustmakingswerk en met vragen om samen verder te "
            "verkennen terwijl de technologie zich blijft ontwikkelen."
        ),
        # Article: safely-back-to-school
        "Safely back to school: digital safety in the classroom": (
            "Veilig terug naar school: digitale veiligheid in de klas"
        ),
        (
            "A new school year is a good moment for teachers to talk with pupils about bullying, grooming and what to "
            "do when something online does not feel right."
        ): (
            "Een nieuw schooljaar is een goed moment voor leraren om met leerlingen te praten over pesten, grooming en "
            "wat ze moeten doen als iets online niet goed voelt."
        ),
        (
            "Classrooms are online as much as offline: homework platforms, class chats and school accounts are part of "
            "every pupil's day."
        ): (
            "Het klaslokaal is net zo goed online als offline: huiswerkplatforms, klassenchats en schoolaccounts horen "
            "bij de dag van elke leerling."
        ),
        (
            "Teachers can help by naming the risks plainly. Bullying can follow a child home through their phone, and "
            "adults who groom children often start with friendly attention in games and chats."
        ): (
            "Leraren kunnen helpen door de risico's duidelijk te benoemen. Pesten kan een kind via de telefoon tot "
            "thuis achtervolgen, en volwassenen die kinderen groomen beginnen vaak met vriendelijke aandacht in games "
            "en chats."
        ),
        (
            "Pupils who know where to find help, and that reporting illegal material can be anonymous, are better "
            "placed to protect themselves and their friends."
        ): (
            "Leerlingen die weten waar ze hulp kunnen vinden, en dat het melden van illegaal materiaal anoniem kan, "
            "zijn beter in staat om zichzelf en hun vrienden te beschermen."
        ),
        # Article: online-risks-vulnerable-groups
        "Responding to online risks to children and young people in vulnerable groups": (
            "Inspelen op online risico's voor kinderen en jongeren uit kwetsbare groepen"
        ),
        (
            "Some children face more risk online than others. Safer Internet Centres shared how they reach them and "
            "adapt their support."
        ): (
            "Sommige kinderen lopen online meer risico dan andere. Safer Internet Centres vertelden hoe zij hen "
            "bereiken en hun ondersteuning aanpassen."
        ),
        (
            "Children with disabilities, young people in care, and those from minority groups can meet more hate and "
            "harmful content online, and may find it harder to ask for help."
        ): (
            "Kinderen met een beperking, jongeren in de jeugdzorg en jongeren uit minderheidsgroepen kunnen online "
            "vaker met haat en schadelijke inhoud te maken krijgen, en vinden het soms moeilijker om hulp te vragen."
        ),
        (
            "Safer Internet Centres described how they adapt: easy-to-read materials, work with youth services and "
            "schools, and helpline staff trained to listen for what is not said."
        ): (
            "Safer Internet Centres beschreven hoe zij hun aanpak aanpassen: materiaal in eenvoudige taal, "
            "samenwerking met jeugdvoorzieningen en scholen, en medewerkers van de hulplijn die zijn getraind om te "
            "horen wat niet wordt gezegd."
        ),
        "The message was simple: support must reach every child, not only those who already know where to look.": (
            "De boodschap was eenvoudig: ondersteuning moet elk kind bereiken, niet alleen de kinderen die al weten "
            "waar ze moeten zoeken."
        ),
        # Article: helpline-trends-q1-2023
        "Latest helpline trends: Quarter 1, 2023": "Laatste trends bij de hulplijnen: eerste kwartaal van 2023",
        (
            "Every three months the Insafe helplines compare why children and parents called them. Here is what stood "
            "out at the start of 2023."
        ): (
            "Elke drie maanden vergelijken de Insafe-hulplijnen waarom kinderen en ouders contact met hen opnamen. Dit "
            "viel op aan het begin van 2023."
        ),
        (
            "Helplines in the Insafe network record the reasons people contact them and pool the figures every three "
            "months."
        ): (
            "Hulplijnen in het Insafe-netwerk houden bij waarom mensen contact met hen opnemen en voegen de cijfers "
            "elke drie maanden samen."
        ),
        (
            "At the start of 2023, cyberbullying remained one of the most common reasons to call, alongside worries "
            "about harmful content and hate speech. Helplines also heard from young people facing sextortion, often "
            "after sharing an image with someone they trusted."
        ): (
            "Begin 2023 bleef cyberpesten een van de meest voorkomende redenen om te bellen, naast zorgen over "
            "schadelijke inhoud en haatzaaiende uitlatingen. Hulplijnen kregen ook jongeren aan de lijn die met "
            "sextortion te maken hadden, vaak nadat ze een beeld hadden gedeeld met iemand die ze vertrouwden."
        ),
        (
            "These trends help awareness centres decide what to explain next, and help hotlines understand the stories "
            "behind the reports they receive."
        ): (
            "Deze trends helpen bewustmakingscentra te bepalen wat ze hierna moeten uitleggen, en helpen meldpunten de "
            "verhalen te begrijpen achter de meldingen die zij ontvangen."
        ),
        # Article: spotlight-sic-latvia-and-lithuania
        "In the spotlight: Safer Internet Centre Latvia and Lithuania": (
            "In de schijnwerpers: de Safer Internet Centres van Letland en Litouwen"
        ),
        (
            "A closer look at two neighbouring Safer Internet Centres, visited under the BIK Quality Assurance "
            "Programme."
        ): (
            "Een nadere kennismaking met twee naburige Safer Internet Centres, die werden bezocht in het kader van het "
            "BIK-kwaliteitsborgingsprogramma."
        ),
        (
            "The BIK Quality Assurance Programme brings peers and experts to Safer Internet Centres to look at their "
            "work together. Fourteen country visits were planned."
        ): (
            "Het BIK-kwaliteitsborgingsprogramma brengt vakgenoten en experts naar Safer Internet Centres om samen "
            "naar hun werk te kijken. Er stonden veertien landenbezoeken gepland."
        ),
        (
            "Latvia and Lithuania took part through an online cluster meeting on 20 and 21 February 2023, where both "
            "centres presented their helplines, hotlines and awareness work."
        ): (
            "Letland en Litouwen namen deel via een online clusterbijeenkomst op 20 en 21 februari 2023, waar beide "
            "centra hun hulplijnen, meldpunten en bewustmakingswerk presenteerden."
        ),
        (
            "Seeing each other's methods side by side helped both centres find ideas worth borrowing, and showed the "
            "value of neighbours working closely together."
        ): (
            "Door elkaars werkwijzen naast elkaar te zien, vonden beide centra ideeën die het overnemen waard zijn; "
            "ook werd duidelijk hoe waardevol het is als buurlanden nauw samenwerken."
        ),
    },
    "el": {
        # Index page
        "News": "Νέα",
        "Articles from the hotline network and its partners. Choose one or more topics to find what you need.": (
            "Άρθρα από το δίκτυο γραμμών καταγγελιών και τους εταίρους του. Επιλέξτε ένα ή περισσότερα θέματα "
            "για να βρείτε αυτό που χρειάζεστε."
        ),
        "News from the INHOPE hotline network and its partners, filterable by topic.": (
            "Νέα από το δίκτυο γραμμών καταγγελιών INHOPE και τους εταίρους του, με δυνατότητα φιλτραρίσματος ανά θέμα."
        ),
        # Topics
        "Media literacy/education": "Γραμματισμός στα μέσα/εκπαίδευση",
        "Helping children, parents and teachers understand and question what they meet online.": (
            "Στήριξη παιδιών, γονέων και εκπαιδευτικών ώστε να κατανοούν και να αξιολογούν κριτικά όσα συναντούν στο "
            "διαδίκτυο."
        ),
        "Potentially harmful content": "Δυνητικά επιβλαβές περιεχόμενο",
        "Material that is not always illegal but can still hurt children and young people.": (
            "Υλικό που δεν είναι πάντα παράνομο, αλλά μπορεί παρ' όλα αυτά να βλάψει παιδιά και νέους."
        ),
        "Data privacy": "Προστασία προσωπικών δεδομένων",
        "Keeping personal information, photos and accounts under the owner's control.": (
            "Διατήρηση των προσωπικών πληροφοριών, των φωτογραφιών και των λογαριασμών υπό τον έλεγχο του κατόχου τους."
        ),
        "Cyberbullying": "Διαδικτυακός εκφοβισμός",
        "Repeated hurtful behaviour through phones, games and social media.": (
            "Επαναλαμβανόμενη πληγωτική συμπεριφορά μέσω κινητών τηλεφώνων, ηλεκτρονικών παιχνιδιών και μέσων "
            "κοινωνικής δικτύωσης."
        ),
        "Grooming": "Αποπλάνηση ανηλίκων (grooming)",
        "Adults building trust with a child online in order to abuse them.": (
            "Ενήλικες που κερδίζουν την εμπιστοσύνη ενός παιδιού στο διαδίκτυο με σκοπό να το κακοποιήσουν."
        ),
        "Hate speech": "Ρητορική μίσους",
        "Content that attacks people for who they are.": "Περιεχόμενο που επιτίθεται σε ανθρώπους για το ποιοι είναι.",
        "Sextortion": "Σεξουαλικός εκβιασμός",
        "Threats to share intimate images unless the victim pays or sends more.": (
            "Απειλές για διάδοση εικόνων προσωπικής φύσης, εκτός αν το θύμα πληρώσει ή στείλει κι άλλες."
        ),
        # Sources
        "INHOPE": "INHOPE",
        "BIK Team": "BIK Team",
        "Greek Safer Internet Centre": "Ελληνικό Κέντρο Ασφαλούς Διαδικτύου",
        # Image alt texts
        "Points of light joined by lines, like a map of a network": (
            "Σημεία φωτός ενωμένα με γραμμές, σαν χάρτης ενός δικτύου"
        ),
        "A yellow shield in front of white rings on a blue background": (
            "Μια κίτρινη ασπίδα μπροστά από λευκούς δακτυλίους σε μπλε φόντο"
        ),
        "Blue waves under a yellow sun": "Μπλε κύματα κάτω από έναν κίτρινο ήλιο",
        # Article: hotline-activity-q1-2024
        "INHOPE EC-funded hotline activity: overview of Quarter 1, 2024": (
            "Δραστηριότητα των γραμμών καταγγελιών του INHOPE με χρηματοδότηση της Ευρωπαϊκής Επιτροπής: "
            "επισκόπηση του πρώτου τριμήνου του 2024"
        ),
        (
            "A look at what the hotlines funded by the European Commission handled between January and March 2024, and "
            "what the numbers tell us about the work behind each report."
        ): (
            "Μια ματιά σε όσα διαχειρίστηκαν οι γραμμές καταγγελιών που χρηματοδοτούνται από την Ευρωπαϊκή "
            "Επιτροπή από τον Ιανουάριο έως τον Μάρτιο του 2024, και σε όσα μας λένε οι αριθμοί για τη δουλειά πίσω "
            "από κάθε καταγγελία."
        ),
        (
            "Every three months the hotlines that receive European Commission funding share how many reports reached "
            "them and what happened next. The first quarter of 2024 followed the pattern of recent years: most reports "
            "came from members of the public, and many pointed to the same material hosted again and again."
        ): (
            "Κάθε τρεις μήνες οι γραμμές καταγγελιών που χρηματοδοτούνται από την Ευρωπαϊκή Επιτροπή "
            "γνωστοποιούν πόσες καταγγελίες έλαβαν και τι ακολούθησε. Το πρώτο τρίμηνο του 2024 κινήθηκε στο ίδιο "
            "μοτίβο με τα τελευταία χρόνια: οι περισσότερες καταγγελίες προήλθαν από πολίτες, και πολλές παρέπεμπαν "
            "στο ίδιο υλικό, το οποίο φιλοξενούνταν ξανά και ξανά."
        ),
        (
            "Behind each figure is an analyst who opened the report, checked the content against national law and, "
            "where it was illegal, passed it on. Confirmed material goes to the police, and the company hosting it "
            "receives a request to take it down."
        ): (
            "Πίσω από κάθε αριθμό βρίσκεται ένας αναλυτής που άνοιξε την καταγγελία, εξέτασε το περιεχόμενο με βάση "
            "την εθνική νομοθεσία και, όπου ήταν παράνομο, τη διαβίβασε. Το επιβεβαιωμένο υλικό αποστέλλεται στην "
            "αστυνομία, και η εταιρεία που το φιλοξενεί λαμβάνει αίτημα να το αφαιρέσει."
        ),
        (
            "Quarterly overviews help the network see where material is hosted and how quickly it disappears. They "
            "also show where hotlines need more support, in people as much as in technology."
        ): (
            "Οι τριμηνιαίες επισκοπήσεις βοηθούν το δίκτυο να βλέπει πού φιλοξενείται το υλικό και πόσο γρήγορα "
            "εξαφανίζεται. Δείχνουν επίσης πού οι γραμμές καταγγελιών χρειάζονται περισσότερη στήριξη, τόσο "
            "σε ανθρώπινο δυναμικό όσο και σε τεχνολογία."
        ),
        # Article: insafe-and-inhope-networks-meet
        "The Insafe and INHOPE networks meet to facilitate sharing of experiences and good practice": (
            "Τα δίκτυα Insafe και INHOPE συναντώνται για να διευκολύνουν την ανταλλαγή εμπειριών και καλών πρακτικών"
        ),
        (
            "Helplines, awareness centres and hotlines from across Europe spent two days in Warsaw comparing notes on "
            "the risks children face online today."
        ): (
            "Γραμμές βοήθειας, κέντρα ευαισθητοποίησης και γραμμές καταγγελιών από όλη την Ευρώπη πέρασαν δύο "
            "ημέρες στη Βαρσοβία ανταλλάσσοντας απόψεις για τους κινδύνους που αντιμετωπίζουν σήμερα τα παιδιά στο "
            "διαδίκτυο."
        ),
        (
            "In April 2024 the Insafe and INHOPE networks met in Warsaw, Poland, for two days of joint work. Together "
            "they make up the Safer Internet Centres in each country: a helpline for advice, an awareness centre for "
            "education and a hotline for reports."
        ): (
            "Τον Απρίλιο του 2024 τα δίκτυα Insafe και INHOPE συναντήθηκαν στη Βαρσοβία της Πολωνίας για δύο ημέρες "
            "κοινής εργασίας. Μαζί συγκροτούν τα Κέντρα Ασφαλούς Διαδικτύου σε κάθε χώρα: μια γραμμή βοήθειας για "
            "συμβουλές, ένα κέντρο ευαισθητοποίησης για εκπαίδευση και μια γραμμή καταγγελιών για την υποβολή "
            "καταγγελιών."
        ),
        (
            "The agenda followed what young people bring to the helplines: deep nudes made with AI tools, sextortion, "
            "gender-based violence and easy access to adult content. Each session paired a short talk with time to "
            "swap approaches between countries."
        ): (
            "Η θεματολογία βασίστηκε σε όσα φέρνουν οι νέοι στις γραμμές βοήθειας: ψεύτικες γυμνές εικόνες (deep "
            "nudes) που δημιουργούνται με εργαλεία τεχνητής νοημοσύνης, σεξουαλικός εκβιασμός, έμφυλη βία και εύκολη "
            "πρόσβαση σε περιεχόμενο για ενήλικες. Κάθε συνεδρία συνδύαζε μια σύντομη ομιλία με χρόνο για ανταλλαγή "
            "προσεγγίσεων μεταξύ των χωρών."
        ),
        (
            "Meetings like this turn one centre's experience into the whole network's knowledge, so that a campaign or "
            "a way of handling a hard case can travel quickly across borders."
        ): (
            "Συναντήσεις σαν αυτή μετατρέπουν την εμπειρία ενός κέντρου σε γνώση ολόκληρου του δικτύου, ώστε μια "
            "εκστρατεία ή ένας τρόπος χειρισμού μιας δύσκολης υπόθεσης να ταξιδεύει γρήγορα πέρα από τα σύνορα."
        ),
        # Article: year-in-review-member-hotlines
        "A year in review: the work of INHOPE member hotlines in the fight against CSAM": (
            "Απολογισμός χρονιάς: το έργο των γραμμών καταγγελιών-μελών του INHOPE στην καταπολέμηση του "
            "υλικού σεξουαλικής κακοποίησης παιδιών"
        ),
        (
            "Looking back on a year of reports, training and new members across the network of hotlines that work to "
            "remove child sexual abuse material from the internet."
        ): (
            "Αναδρομή σε μια χρονιά καταγγελιών, εκπαίδευσης και νέων μελών στο δίκτυο των γραμμών "
            "καταγγελιών που εργάζονται για την αφαίρεση υλικού σεξουαλικής κακοποίησης παιδιών από το διαδίκτυο."
        ),
        (
            "Member hotlines spent another year assessing public reports of child sexual abuse material and making "
            "sure that confirmed material was removed as fast as possible."
        ): (
            "Οι γραμμές καταγγελιών-μέλη πέρασαν ακόμη μία χρονιά αξιολογώντας καταγγελίες πολιτών για υλικό "
            "σεξουαλικής κακοποίησης παιδιών και φροντίζοντας ώστε το επιβεβαιωμένο υλικό να αφαιρείται το συντομότερο "
            "δυνατό."
        ),
        (
            "Through ICCAM, the secure platform hosted by INTERPOL, hotlines passed reports to the country where the "
            "material was hosted, so that the right hotline could act on it. Shared working methods and quality "
            "standards made that exchange faster and more consistent."
        ): (
            "Μέσω του ICCAM, της ασφαλούς πλατφόρμας που φιλοξενεί η INTERPOL, οι γραμμές καταγγελιών "
            "διαβίβαζαν τις καταγγελίες στη χώρα όπου φιλοξενούνταν το υλικό, ώστε να μπορεί να αναλάβει δράση η "
            "αρμόδια γραμμή καταγγελιών. Οι κοινές μέθοδοι εργασίας και τα κοινά πρότυπα ποιότητας έκαναν την "
            "ανταλλαγή αυτή ταχύτερη και πιο συνεπή."
        ),
        (
            "The year also brought training for analysts, attention to their wellbeing, and conversations with new "
            "organisations that want to open hotlines of their own."
        ): (
            "Η χρονιά έφερε επίσης εκπαίδευση για τους αναλυτές, μέριμνα για την ευημερία τους και συζητήσεις με νέους "
            "οργανισμούς που θέλουν να δημιουργήσουν τις δικές τους γραμμές καταγγελιών."
        ),
        # Article: greek-nationwide-media-campaign
        "Empowering online safety: new nationwide media campaign by the Greek Safer Internet Centre": (
            "Ενισχύοντας την ασφάλεια στο διαδίκτυο: νέα πανελλαδική εκστρατεία στα μέσα ενημέρωσης από το Ελληνικό "
            "Κέντρο Ασφαλούς Διαδικτύου"
        ),
        (
            "A television campaign across Greece invites parents, carers and young people to ask for help and to "
            "report what worries them online."
        ): (
            "Μια τηλεοπτική εκστρατεία σε όλη την Ελλάδα καλεί γονείς, φροντιστές και νέους να ζητούν βοήθεια και να "
            "καταγγέλλουν ό,τι τους ανησυχεί στο διαδίκτυο."
        ),
        (
            "The Greek Safer Internet Centre launched a nationwide television campaign aimed at parents, carers and "
            "young people alike."
        ): (
            "Το Ελληνικό Κέντρο Ασφαλούς Διαδικτύου ξεκίνησε μια πανελλαδική τηλεοπτική εκστρατεία που απευθύνεται "
            "εξίσου σε γονείς, φροντιστές και νέους."
        ),
        (
            "The spots show everyday moments online, from sharing photos to chatting with strangers, and end with two "
            "places to turn to: the helpline for advice and support, and the hotline for reporting illegal content."
        ): (
            "Τα σποτ δείχνουν καθημερινές στιγμές στο διαδίκτυο, από την κοινοποίηση φωτογραφιών έως τη συνομιλία με "
            "αγνώστους, και κλείνουν με δύο σημεία στα οποία μπορεί κανείς να απευθυνθεί: τη γραμμή βοήθειας για "
            "συμβουλές και υποστήριξη, και την γραμμή καταγγελιών για την καταγγελία παράνομου περιεχομένου."
        ),
        (
            "By speaking to adults and young people in the same campaign, the centre hopes to make talking about "
            "online risks an ordinary conversation at home."
        ): (
            "Απευθυνόμενο σε ενήλικες και νέους μέσα από την ίδια εκστρατεία, το κέντρο ελπίζει να κάνει τη συζήτηση "
            "για τους κινδύνους του διαδικτύου μια συνηθισμένη κουβέντα στο σπίτι."
        ),
        # Article: tech-savvy-gifting
        "Tech-savvy gifting: a guide to balancing joy and digital safety": (
            "Τεχνολογικά δώρα με σύνεση: οδηγός για την ισορροπία ανάμεσα στη χαρά και την ψηφιακή ασφάλεια"
        ),
        (
            "A new phone, console or smart toy can be a wonderful present. A few settings and a short conversation "
            "make it a safer one too."
        ): (
            "Ένα καινούργιο κινητό, μια κονσόλα ή ένα έξυπνο παιχνίδι μπορεί να είναι υπέροχο δώρο. Μερικές ρυθμίσεις "
            "και μια σύντομη συζήτηση το κάνουν και πιο ασφαλές."
        ),
        (
            "Connected devices are among the most popular presents for children. Before wrapping one, it helps to know "
            "what it can do: does it have a camera, a chat function, an app store?"
        ): (
            "Οι συνδεδεμένες συσκευές είναι από τα πιο δημοφιλή δώρα για παιδιά. Πριν τυλίξετε μία, καλό είναι να "
            "ξέρετε τι μπορεί να κάνει: έχει κάμερα, λειτουργία συνομιλίας, κατάστημα εφαρμογών;"
        ),
        (
            "Setting up the device together is a good moment to choose privacy settings, agree on rules for games and "
            "chats, and explain what to do when something online feels wrong."
        ): (
            "Η από κοινού ρύθμιση της συσκευής είναι καλή ευκαιρία για να επιλέξετε ρυθμίσεις απορρήτου, να "
            "συμφωνήσετε κανόνες για τα παιχνίδια και τις συνομιλίες και να εξηγήσετε τι πρέπει να κάνουν όταν κάτι "
            "στο διαδίκτυο δεν τους φαίνεται σωστό."
        ),
        (
            "The most important gift is the knowledge that they can always come to you, and that illegal images can be "
            "reported anonymously to a hotline."
        ): (
            "Το πιο σημαντικό δώρο είναι να ξέρουν ότι μπορούν πάντα να απευθυνθούν σε εσάς και ότι οι παράνομες "
            "εικόνες μπορούν να καταγγελθούν ανώνυμα σε μια γραμμή καταγγελιών."
        ),
        # Article: insafe-training-meeting-dsa-and-ai
        "The Insafe network meets to discuss the Digital Services Act (DSA) and AI at the Insafe Training meeting": (
            "Το δίκτυο Insafe συναντάται για να συζητήσει την Πράξη για τις Ψηφιακές Υπηρεσίες (DSA) και την τεχνητή "
            "νοημοσύνη στην εκπαιδευτική συνάντηση του Insafe"
        ),
        (
            "Over three online mornings, Insafe centres explored what the Digital Services Act and artificial "
            "intelligence mean for their work with children."
        ): (
            "Σε τρία διαδικτυακά πρωινά, τα κέντρα του Insafe εξέτασαν τι σημαίνουν η Πράξη για τις Ψηφιακές Υπηρεσίες "
            "και η τεχνητή νοημοσύνη για το έργο τους με τα παιδιά."
        ),
        (
            "The autumn Insafe Training meeting took place online across three mornings and focused on artificial "
            "intelligence."
        ): (
            "Η φθινοπωρινή εκπαιδευτική συνάντηση του Insafe πραγματοποιήθηκε διαδικτυακά σε τρία πρωινά και "
            "επικεντρώθηκε στην τεχνητή νοημοσύνη."
        ),
        (
            "Participants looked at how the Digital Services Act changes the duties of online platforms, and at how AI "
            "tools are already shaping what children see, make and share."
        ): (
            "Οι συμμετέχοντες εξέτασαν πώς η Πράξη για τις Ψηφιακές Υπηρεσίες αλλάζει τις υποχρεώσεις των διαδικτυακών "
            "πλατφορμών και πώς τα εργαλεία τεχνητής νοημοσύνης διαμορφώνουν ήδη όσα βλέπουν, δημιουργούν και "
            "μοιράζονται τα παιδιά."
        ),
        (
            "Centres left with ideas for their own awareness work and with questions to keep exploring together as the "
            "technology moves on."
        ): (
            "Τα κέντρα αποχώρησαν με ιδέες για το δικό τους έργο ευαισθητοποίησης και με ερωτήματα που θα συνεχίσουν "
            "να διερευνούν από κοινού καθώς η τεχνολογία εξελίσσεται."
        ),
        # Article: safely-back-to-school
        "Safely back to school: digital safety in the classroom": (
            "Επιστροφή στο σχολείο με ασφάλεια: ψηφιακή ασφάλεια στην τάξη"
        ),
        (
            "A new school year is a good moment for teachers to talk with pupils about bullying, grooming and what to "
            "do when something online does not feel right."
        ): (
            "Η νέα σχολική χρονιά είναι καλή ευκαιρία για τους εκπαιδευτικούς να μιλήσουν με τους μαθητές για τον "
            "εκφοβισμό, την αποπλάνηση ανηλίκων (grooming) και για το τι πρέπει να κάνουν όταν κάτι στο διαδίκτυο δεν "
            "τους φαίνεται σωστό."
        ),
        (
            "Classrooms are online as much as offline: homework platforms, class chats and school accounts are part of "
            "every pupil's day."
        ): (
            "Η σχολική τάξη βρίσκεται τόσο στο διαδίκτυο όσο και εκτός αυτού: πλατφόρμες για τις εργασίες, ομαδικές "
            "συνομιλίες της τάξης και σχολικοί λογαριασμοί αποτελούν μέρος της καθημερινότητας κάθε μαθητή."
        ),
        (
            "Teachers can help by naming the risks plainly. Bullying can follow a child home through their phone, and "
            "adults who groom children often start with friendly attention in games and chats."
        ): (
            "Οι εκπαιδευτικοί μπορούν να βοηθήσουν κατονομάζοντας τους κινδύνους με σαφήνεια. Ο εκφοβισμός μπορεί να "
            "ακολουθήσει ένα παιδί μέχρι το σπίτι μέσα από το κινητό του, και οι ενήλικες που επιχειρούν να "
            "αποπλανήσουν παιδιά ξεκινούν συχνά με φιλικό ενδιαφέρον σε παιχνίδια και συνομιλίες."
        ),
        (
            "Pupils who know where to find help, and that reporting illegal material can be anonymous, are better "
            "placed to protect themselves and their friends."
        ): (
            "Οι μαθητές που ξέρουν πού να βρουν βοήθεια, και ότι η καταγγελία παράνομου υλικού μπορεί να γίνει "
            "ανώνυμα, είναι σε καλύτερη θέση να προστατεύσουν τον εαυτό τους και τους φίλους τους."
        ),
        # Article: online-risks-vulnerable-groups
        "Responding to online risks to children and young people in vulnerable groups": (
            "Αντιμετώπιση των διαδικτυακών κινδύνων για παιδιά και νέους από ευάλωτες ομάδες"
        ),
        (
            "Some children face more risk online than others. Safer Internet Centres shared how they reach them and "
            "adapt their support."
        ): (
            "Ορισμένα παιδιά αντιμετωπίζουν περισσότερους κινδύνους στο διαδίκτυο από άλλα. Τα Κέντρα Ασφαλούς "
            "Διαδικτύου μοιράστηκαν πώς τα προσεγγίζουν και πώς προσαρμόζουν την υποστήριξή τους."
        ),
        (
            "Children with disabilities, young people in care, and those from minority groups can meet more hate and "
            "harmful content online, and may find it harder to ask for help."
        ): (
            "Τα παιδιά με αναπηρία, οι νέοι που ζουν σε δομές φροντίδας ή σε αναδοχή και όσοι προέρχονται από "
            "μειονοτικές ομάδες ενδέχεται να έρχονται αντιμέτωποι με περισσότερο μίσος και επιβλαβές περιεχόμενο στο "
            "διαδίκτυο, και μπορεί να δυσκολεύονται περισσότερο να ζητήσουν βοήθεια."
        ),
        (
            "Safer Internet Centres described how they adapt: easy-to-read materials, work with youth services and "
            "schools, and helpline staff trained to listen for what is not said."
        ): (
            "Τα Κέντρα Ασφαλούς Διαδικτύου περιέγραψαν πώς προσαρμόζονται: υλικό εύκολης ανάγνωσης, συνεργασία με "
            "υπηρεσίες νεολαίας και σχολεία, και προσωπικό γραμμών βοήθειας εκπαιδευμένο να αφουγκράζεται όσα δεν "
            "λέγονται."
        ),
        "The message was simple: support must reach every child, not only those who already know where to look.": (
            "Το μήνυμα ήταν απλό: η υποστήριξη πρέπει να φτάνει σε κάθε παιδί, όχι μόνο σε όσα ξέρουν ήδη πού να "
            "ψάξουν."
        ),
        # Article: helpline-trends-q1-2023
        "Latest helpline trends: Quarter 1, 2023": "Πρόσφατες τάσεις στις γραμμές βοήθειας: πρώτο τρίμηνο του 2023",
        (
            "Every three months the Insafe helplines compare why children and parents called them. Here is what stood "
            "out at the start of 2023."
        ): (
            "Κάθε τρεις μήνες οι γραμμές βοήθειας του Insafe συγκρίνουν τους λόγους για τους οποίους επικοινώνησαν "
            "μαζί τους παιδιά και γονείς. Δείτε τι ξεχώρισε στις αρχές του 2023."
        ),
        (
            "Helplines in the Insafe network record the reasons people contact them and pool the figures every three "
            "months."
        ): (
            "Οι γραμμές βοήθειας του δικτύου Insafe καταγράφουν τους λόγους για τους οποίους επικοινωνεί μαζί τους ο "
            "κόσμος και συγκεντρώνουν τα στοιχεία κάθε τρεις μήνες."
        ),
        (
            "At the start of 2023, cyberbullying remained one of the most common reasons to call, alongside worries "
            "about harmful content and hate speech. Helplines also heard from young people facing sextortion, often "
            "after sharing an image with someone they trusted."
        ): (
            "Στις αρχές του 2023 ο διαδικτυακός εκφοβισμός παρέμεινε ένας από τους συχνότερους λόγους επικοινωνίας, "
            "μαζί με τις ανησυχίες για επιβλαβές περιεχόμενο και ρητορική μίσους. Οι γραμμές βοήθειας δέχτηκαν επίσης "
            "κλήσεις από νέους που αντιμετώπιζαν σεξουαλικό εκβιασμό, συχνά αφού είχαν μοιραστεί μια εικόνα με κάποιον "
            "που εμπιστεύονταν."
        ),
        (
            "These trends help awareness centres decide what to explain next, and help hotlines understand the stories "
            "behind the reports they receive."
        ): (
            "Οι τάσεις αυτές βοηθούν τα κέντρα ευαισθητοποίησης να αποφασίσουν τι θα εξηγήσουν στη συνέχεια και "
            "βοηθούν τις γραμμές καταγγελιών να κατανοήσουν τις ιστορίες πίσω από τις καταγγελίες που "
            "λαμβάνουν."
        ),
        # Article: spotlight-sic-latvia-and-lithuania
        "In the spotlight: Safer Internet Centre Latvia and Lithuania": (
            "Στο επίκεντρο: τα Κέντρα Ασφαλούς Διαδικτύου της Λετονίας και της Λιθουανίας"
        ),
        (
            "A closer look at two neighbouring Safer Internet Centres, visited under the BIK Quality Assurance "
            "Programme."
        ): (
            "Μια πιο προσεκτική ματιά σε δύο γειτονικά Κέντρα Ασφαλούς Διαδικτύου, που δέχτηκαν επίσκεψη στο πλαίσιο "
            "του Προγράμματος Διασφάλισης Ποιότητας του BIK."
        ),
        (
            "The BIK Quality Assurance Programme brings peers and experts to Safer Internet Centres to look at their "
            "work together. Fourteen country visits were planned."
        ): (
            "Το Πρόγραμμα Διασφάλισης Ποιότητας του BIK φέρνει συναδέλφους από άλλα κέντρα και εμπειρογνώμονες στα "
            "Κέντρα Ασφαλούς Διαδικτύου για να εξετάσουν από κοινού το έργο τους. Είχαν προγραμματιστεί δεκατέσσερις "
            "επισκέψεις σε χώρες."
        ),
        (
            "Latvia and Lithuania took part through an online cluster meeting on 20 and 21 February 2023, where both "
            "centres presented their helplines, hotlines and awareness work."
        ): (
            "Η Λετονία και η Λιθουανία συμμετείχαν μέσω μιας διαδικτυακής συνάντησης ομάδας χωρών (cluster) στις 20 "
            "και 21 Φεβρουαρίου 2023, όπου και τα δύο κέντρα παρουσίασαν τις γραμμές βοήθειας, τις γραμμές "
            "καταγγελιών και το έργο ευαισθητοποίησής τους."
        ),
        (
            "Seeing each other's methods side by side helped both centres find ideas worth borrowing, and showed the "
            "value of neighbours working closely together."
        ): (
            "Η σύγκριση των μεθόδων τους δίπλα δίπλα βοήθησε και τα δύο κέντρα να βρουν ιδέες που αξίζει να "
            "υιοθετήσουν και ανέδειξε την αξία της στενής συνεργασίας μεταξύ γειτόνων."
        ),
    },
}
