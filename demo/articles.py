"""The demo news: the seven topics, three sources and ten articles of the facts file.

Titles, dates, sources and topics are the published ones; summaries and bodies are our own
words. Translations live in locale/<language>/LC_MESSAGES/articles.po.
"""

INDEX = {
    "title": "News",
    "introduction": (
        "Articles from the hotline network and its partners. Choose one or more topics to find what you need."
    ),
    "search_description": "News from the INHOPE hotline network and its partners, filterable by topic.",
}

TOPICS = [
    {
        "slug": "media-literacy-education",
        "name": "Media literacy/education",
        "description": "Helping children, parents and teachers understand and question what they meet online.",
    },
    {
        "slug": "potentially-harmful-content",
        "name": "Potentially harmful content",
        "description": "Material that is not always illegal but can still hurt children and young people.",
    },
    {
        "slug": "data-privacy",
        "name": "Data privacy",
        "description": "Keeping personal information, photos and accounts under the owner's control.",
    },
    {
        "slug": "cyberbullying",
        "name": "Cyberbullying",
        "description": "Repeated hurtful behaviour through phones, games and social media.",
    },
    {
        "slug": "grooming",
        "name": "Grooming",
        "description": "Adults building trust with a child online in order to abuse them.",
    },
    {
        "slug": "hate-speech",
        "name": "Hate speech",
        "description": "Content that attacks people for who they are.",
    },
    {
        "slug": "sextortion",
        "name": "Sextortion",
        "description": "Threats to share intimate images unless the victim pays or sends more.",
    },
]

SOURCES = [
    {"slug": "inhope", "name": "INHOPE", "url": "https://www.inhope.org/"},
    {"slug": "bik-team", "name": "BIK Team", "url": "https://better-internet-for-kids.europa.eu/"},
    {"slug": "greek-safer-internet-centre", "name": "Greek Safer Internet Centre", "url": ""},
]

# Alt texts of the three demo images, written for the articles that reuse them.
IMAGE_ALT = {
    "network": "Points of light joined by lines, like a map of a network",
    "shield": "A yellow shield in front of white rings on a blue background",
    "waves": "Blue waves under a yellow sun",
}

ARTICLES = [
    {
        "slug": "hotline-activity-q1-2024",
        "title": "INHOPE EC-funded hotline activity: overview of Quarter 1, 2024",
        "date": "2024-06-23",
        "source": "inhope",
        "topics": [],
        "image": "network",
        "summary": (
            "A look at what the hotlines funded by the European Commission handled between January and March "
            "2024, and what the numbers tell us about the work behind each report."
        ),
        "body": [
            "Every three months the hotlines that receive European Commission funding share how many reports "
            "reached them and what happened next. The first quarter of 2024 followed the pattern of recent "
            "years: most reports came from members of the public, and many pointed to the same material hosted "
            "again and again.",
            "Behind each figure is an analyst who opened the report, checked the content against national law "
            "and, where it was illegal, passed it on. Confirmed material goes to the police, and the company "
            "hosting it receives a request to take it down.",
            "Quarterly overviews help the network see where material is hosted and how quickly it disappears. "
            "They also show where hotlines need more support, in people as much as in technology.",
        ],
    },
    {
        "slug": "insafe-and-inhope-networks-meet",
        "title": ("The Insafe and INHOPE networks meet to facilitate sharing of experiences and good practice"),
        "date": "2024-04-17",
        "source": "bik-team",
        "topics": ["media-literacy-education"],
        "image": "waves",
        "summary": (
            "Helplines, awareness centres and hotlines from across Europe spent two days in Warsaw comparing "
            "notes on the risks children face online today."
        ),
        "body": [
            "In April 2024 the Insafe and INHOPE networks met in Warsaw, Poland, for two days of joint work. "
            "Together they make up the Safer Internet Centres in each country: a helpline for advice, an "
            "awareness centre for education and a hotline for reports.",
            "The agenda followed what young people bring to the helplines: deep nudes made with AI tools, "
            "sextortion, gender-based violence and easy access to adult content. Each session paired a short "
            "talk with time to swap approaches between countries.",
            "Meetings like this turn one centre's experience into the whole network's knowledge, so that a "
            "campaign or a way of handling a hard case can travel quickly across borders.",
        ],
    },
    {
        "slug": "year-in-review-member-hotlines",
        "title": "A year in review: the work of INHOPE member hotlines in the fight against CSAM",
        "date": "2024-03-27",
        "source": "inhope",
        "topics": ["potentially-harmful-content"],
        "image": "shield",
        "summary": (
            "Looking back on a year of reports, training and new members across the network of hotlines that "
            "work to remove child sexual abuse material from the internet."
        ),
        "body": [
            "Member hotlines spent another year assessing public reports of child sexual abuse material and "
            "making sure that confirmed material was removed as fast as possible.",
            "Through ICCAM, the secure platform hosted by INTERPOL, hotlines passed reports to the country "
            "where the material was hosted, so that the right hotline could act on it. Shared working methods "
            "and quality standards made that exchange faster and more consistent.",
            "The year also brought training for analysts, attention to their wellbeing, and conversations with "
            "new organisations that want to open hotlines of their own.",
        ],
    },
    {
        "slug": "greek-nationwide-media-campaign",
        "title": "Empowering online safety: new nationwide media campaign by the Greek Safer Internet Centre",
        "date": "2023-12-22",
        "source": "greek-safer-internet-centre",
        "topics": ["data-privacy", "media-literacy-education", "potentially-harmful-content"],
        "image": "waves",
        "summary": (
            "A television campaign across Greece invites parents, carers and young people to ask for help and "
            "to report what worries them online."
        ),
        "body": [
            "The Greek Safer Internet Centre launched a nationwide television campaign aimed at parents, carers "
            "and young people alike.",
            "The spots show everyday moments online, from sharing photos to chatting with strangers, and end "
            "with two places to turn to: the helpline for advice and support, and the hotline for reporting "
            "illegal content.",
            "By speaking to adults and young people in the same campaign, the centre hopes to make talking about "
            "online risks an ordinary conversation at home.",
        ],
    },
    {
        "slug": "tech-savvy-gifting",
        "title": "Tech-savvy gifting: a guide to balancing joy and digital safety",
        "date": "2023-12-11",
        "source": "inhope",
        "topics": ["media-literacy-education"],
        "image": "shield",
        "summary": (
            "A new phone, console or smart toy can be a wonderful present. A few settings and a short "
            "conversation make it a safer one too."
        ),
        "body": [
            "Connected devices are among the most popular presents for children. Before wrapping one, it helps "
            "to know what it can do: does it have a camera, a chat function, an app store?",
            "Setting up the device together is a good moment to choose privacy settings, agree on rules for "
            "games and chats, and explain what to do when something online feels wrong.",
            "The most important gift is the knowledge that they can always come to you, and that illegal images "
            "can be reported anonymously to a hotline.",
        ],
    },
    {
        "slug": "insafe-training-meeting-dsa-and-ai",
        "title": (
            "The Insafe network meets to discuss the Digital Services Act (DSA) and AI at the Insafe Training meeting"
        ),
        "date": "2023-10-24",
        "source": "bik-team",
        "topics": ["media-literacy-education"],
        "image": "network",
        "summary": (
            "Over three online mornings, Insafe centres explored what the Digital Services Act and artificial "
            "intelligence mean for their work with children."
        ),
        "body": [
            "The autumn Insafe Training meeting took place online across three mornings and focused on "
            "artificial intelligence.",
            "Participants looked at how the Digital Services Act changes the duties of online platforms, and "
            "at how AI tools are already shaping what children see, make and share.",
            "Centres left with ideas for their own awareness work and with questions to keep exploring "
            "together as the technology moves on.",
        ],
    },
    {
        "slug": "safely-back-to-school",
        "title": "Safely back to school: digital safety in the classroom",
        "date": "2023-09-28",
        "source": "inhope",
        "topics": ["cyberbullying", "grooming", "media-literacy-education", "potentially-harmful-content"],
        "image": "waves",
        "summary": (
            "A new school year is a good moment for teachers to talk with pupils about bullying, grooming and "
            "what to do when something online does not feel right."
        ),
        "body": [
            "Classrooms are online as much as offline: homework platforms, class chats and school accounts are "
            "part of every pupil's day.",
            "Teachers can help by naming the risks plainly. Bullying can follow a child home through their "
            "phone, and adults who groom children often start with friendly attention in games and chats.",
            "Pupils who know where to find help, and that reporting illegal material can be anonymous, are "
            "better placed to protect themselves and their friends.",
        ],
    },
    {
        "slug": "online-risks-vulnerable-groups",
        "title": "Responding to online risks to children and young people in vulnerable groups",
        "date": "2023-06-30",
        "source": "bik-team",
        "topics": ["hate-speech", "media-literacy-education", "potentially-harmful-content"],
        "image": "shield",
        "summary": (
            "Some children face more risk online than others. Safer Internet Centres shared how they reach them "
            "and adapt their support."
        ),
        "body": [
            "Children with disabilities, young people in care, and those from minority groups can meet more "
            "hate and harmful content online, and may find it harder to ask for help.",
            "Safer Internet Centres described how they adapt: easy-to-read materials, work with youth services "
            "and schools, and helpline staff trained to listen for what is not said.",
            "The message was simple: support must reach every child, not only those who already know where to look.",
        ],
    },
    {
        "slug": "helpline-trends-q1-2023",
        "title": "Latest helpline trends: Quarter 1, 2023",
        "date": "2023-06-29",
        "source": "bik-team",
        "topics": [
            "cyberbullying",
            "hate-speech",
            "media-literacy-education",
            "potentially-harmful-content",
            "sextortion",
        ],
        "image": "network",
        "summary": (
            "Every three months the Insafe helplines compare why children and parents called them. Here is what "
            "stood out at the start of 2023."
        ),
        "body": [
            "Helplines in the Insafe network record the reasons people contact them and pool the figures every "
            "three months.",
            "At the start of 2023, cyberbullying remained one of the most common reasons to call, alongside "
            "worries about harmful content and hate speech. Helplines also heard from young people facing "
            "sextortion, often after sharing an image with someone they trusted.",
            "These trends help awareness centres decide what to explain next, and help hotlines understand the "
            "stories behind the reports they receive.",
        ],
    },
    {
        "slug": "spotlight-sic-latvia-and-lithuania",
        "title": "In the spotlight: Safer Internet Centre Latvia and Lithuania",
        "date": "2023-06-22",
        "source": "bik-team",
        "topics": ["media-literacy-education"],
        "image": "waves",
        "summary": (
            "A closer look at two neighbouring Safer Internet Centres, visited under the BIK Quality Assurance "
            "Programme."
        ),
        "body": [
            "The BIK Quality Assurance Programme brings peers and experts to Safer Internet Centres to look at "
            "their work together. Fourteen country visits were planned.",
            "Latvia and Lithuania took part through an online cluster meeting on 20 and 21 February 2023, where "
            "both centres presented their helplines, hotlines and awareness work.",
            "Seeing each other's methods side by side helped both centres find ideas worth borrowing, and showed "
            "the value of neighbours working closely together.",
        ],
    },
]
