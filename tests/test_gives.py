"""Sentence acts in fresh words, in both languages: gives and look-alikes, asks and sentences that ask nothing,
values, their work, about-me, and peer-rule asks. Every sentence was written for givefirst.

These tables pin what the cue packs do, so they run with the learned classifier switched off: the classifier is
judged on held-out data (`givefirst eval`, `tools/train_model.py --cv`), not on probes written for the cues. With
the classifier on, a handful of these probes come out differently (2 of 547 act probes at the end of session 5).
"""

from __future__ import annotations

import pytest

from givefirst import check
from givefirst.engine import learned
from givefirst.engine.acts import is_peer_rule_ask
from givefirst.engine.lexicon import load
from givefirst.engine.model import Profile


@pytest.fixture(autouse=True)
def _cues_only(monkeypatch):
    monkeypatch.setattr(learned, "load", lambda code: None)


GIVES = {
    "en": [
        "I can help three days a week with the scanning.",
        "No reply needed unless you'd like my spreadsheet.",
        "I've reported the domain and attached the registration details for your lawyer.",
        "The branch is ready, and we'll maintain the adapter for the next year.",
        "I'd like to offer you the opportunity to speak at our conference.",
        "I'm a trained translator and have written corrected versions of all six headlines, ready for your "
        "production team.",
        "You're welcome to quote me by name and use the screenshots.",
        "You may publish the figures with a credit.",
        "I'll photograph the events in Manchester for free and deliver the pictures within two days.",
        "I'll sort out the paperwork with the school for you.",
        "I have three second-year students who are looking for a placement from February.",
        "I reran the evaluation with the paper's tokenizer and got numbers within 0.2 points of yours, and I've put "
        "the fixed script in a fork so readers can reproduce the table exactly.",
        "I've sent a box of 200 of our seamless cups to that shop, free, so your team can try them.",
        "We shipped 40 chairs to your school last week, free of charge.",
        "I could explain the findings in plain words for your listeners.",
        "It's free, it needs no login, and the council can host it or link to it.",
        "I've put the paper and a one-line suggested wording below, in case you want it.",
        "Our society has 22 trained members, and 15 of them can give two days a week in January.",
        "Our teachers' network has nominated the gallery's school programme for the education prize.",
        "My agency built a risk model and we will make it available to your team at no cost.",
        "The list is in the shared folder and may be freely used by your staff.",
        "Our quiz draws 150 players a week and we'd like to hold it at your venue on Tuesdays.",
        "We're bringing 60 delegates to a conference in your city and have not booked rooms yet.",
        "A selection of 40 images is in the folder below, and your magazine may use any of them at no fee.",
        "Our charity handles 1,200 cases a year and can offer 40 supervised placements for your students.",
        "Our student newsroom filed requests with all 72 councils; the replies are in the attached spreadsheet for you"
        " to use as you like.",
        "For my capstone I tested the sign-up flow with 25 people over 60; the summary is attached, free for your team"
        " to use.",
        "For my thesis I mapped all 140 rulings in one table, which your trainees are free to use.",
        "Your paper can run the story first, with the full dataset.",
        "I'm a retired engineer and can teach two free physics lessons a week to your final-year students.",
        "We'd like to present you with this year's Community Builder award at our gala.",
        "I put together a one-page summary of the 40 comments your readers left on the post.",
        "Here's a quick Loom walking through three fixes for your checkout page.",
        "I translated your onboarding guide into Portuguese - it's yours to use.",
        "Happy to send over the dataset we collected; it covers 2,000 respondents.",
        "I've got two tickets to the sold-out design summit that I can't use - they're yours if you want them.",
        "Our students made a short documentary about your campaign, and you can use it freely.",
        "I'd be glad to introduce you to the head of procurement at ING.",
        "We'd cover the full cost of the workshop for your team.",
        "I can do the illustrations for your next newsletter at no charge.",
        "My agency will produce the promo video for your launch, and the first cut is already done.",
        "I ran your website through a performance audit; the report lists the five biggest issues and how to fix them.",
        "We featured your study in this week's issue, which goes to 18,000 HR managers.",
        "I'm sending you a box of our new coffee blend to try.",
        "I've drafted the press release for the partnership so you don't have to.",
        "Attached is a mock-up of your app's onboarding with the three changes your users asked for in the reviews.",
        "We'd like to donate 10% of this month's sales to your foundation.",
        "I recommended your course to the 60 people in my cohort, and 12 signed up.",
        "I can give your team free access to our analytics tool for a year.",
        "We set aside a booth for you at the fair, free of charge.",
        "I compiled every question your listeners asked in the Discord into a FAQ you could publish.",
        "I've shared your post with our 5,000-member Slack community.",
        "We'd love to buy 50 copies of your book for our team.",
        "The dinner is on us, and so is the hotel.",
        "I've fixed the typos in the German edition of your guide and sent a pull request.",
        "Your talk is now subtitled in Spanish and Arabic on our channel, with a link to your site.",
        "I'm happy to host your next workshop at our venue in Rotterdam, free of charge.",
        "I made a Notion template based on your productivity framework, and 3,000 people have copied it.",
        "Our team would run the user interviews for your redesign at no cost.",
        "I can send you the raw survey data for your next paper.",
        "We've built an integration between your API and Shopify that your customers can install today.",
        "We would be honoured if you would officially open the new wing of the library.",
        "It would mean a lot if you could present the awards at our student film night.",
        "I'd like to send you a signed copy of my book as a thank-you for your talk.",
        "We'd love to cover the cost of your travel and hotel.",
        "I can connect you with the head of innovation at Philips, who is looking for exactly your kind of research.",
        "I've put together a list of 20 podcasts that would be a great fit for your book tour.",
        "Our team has translated your framework into Spanish so your Latin American readers can use it.",
        "I'm happy to write a detailed review of the book on Amazon and Goodreads.",
        "I recorded a short video walkthrough of the bug so your developers can reproduce it in minutes.",
        "As a thank-you, I'd like to donate 100 euros to the charity you support.",
        "I wrote a blog post summarising your keynote, and it has been read by 8,000 people so far.",
        "We'd like to nominate you for the Women in Tech award this year.",
        "I'll mention your course in my next newsletter, which goes to 5,000 designers.",
        "I created a Notion template based on your productivity system that anyone can duplicate for free.",
        "Attached is a one-page summary of the survey results that you can use in your next article.",
        "I've drafted three LinkedIn posts you could use to announce the launch, no strings attached.",
        "I'd be glad to volunteer at your conference's registration desk both days.",
        "My agency would like to build your new landing page pro bono.",
        "Here is the dataset we collected, cleaned and ready to use.",
        "I've found a broken link on your homepage: the 'Pricing' button leads to a 404.",
        "We're inviting you to speak on our main stage in front of 1,200 founders.",
        "I'd like to introduce you to Maria, who runs procurement at a hospital chain.",
        "Our students have subtitled your lecture series in Portuguese for your Brazilian viewers.",
        "I came across a research grant for rural health projects that matches your clinic's work.",
        "The committee has selected you for this year's honorary membership.",
        "I've set aside three review copies for your book club.",
        "I've coded a small plugin that your users can install to export the data as CSV.",
        "Your checkout page shows a 404 error on iPhones since this morning.",
        "There's a small typo in your pricing table: 'anual' instead of 'annual'.",
        "I left a five-star review of your app on the App Store yesterday.",
        "I've already referred two of my clients to you.",
        "Thought you'd like to know that your talk is on the reading list of our MBA course.",
        "You'll find the full benchmark results attached.",
        "We digitised your old radio interviews so your listeners can stream them.",
        "I catalogued every recipe in your first three books in one searchable spreadsheet.",
        "I made you a one-page summary of the reactions to your launch.",
        "I've compiled the 50 most common questions your readers ask on Reddit, with links.",
        "Our agency donated the redesign of your charity's website last week.",
        "I took the liberty of drafting alt text for all 120 images on your site.",
        "We'll list your workshop on our events page for free, and it gets 15,000 visits a month.",
        "Here are three customer quotes about your product that you can use on your landing page.",
        "I've got two tickets to the sold-out Berlin show that I can't use - they're yours if you want them.",
        "I noticed your newsletter's unsubscribe link is broken, so readers can't leave.",
        "Following up with the numbers I promised: our pilot cut onboarding time from 9 days to 4.",
        "Quick heads-up: your podcast feed has been returning an error since Tuesday.",
        "Screenshot and the error message attached - looks like an expired certificate.",
        "Travel, hotel and a seat for a guest are covered.",
        # English as Dutch professionals often write it
        "Hereby I send you the summary of our research.",
        "Enclosed you find the report.",
        "In the appendix you can find the full data set.",
        "Herewith the presentation of last week.",
        "You can use the pictures freely on your website.",
        "I can arrange a meeting with the alderman for you.",
        "We'd like to award your team the innovation prize, which comes with 10,000 euros.",
    ],
    "nl": [
        "Ik was veertig jaar tekenaar bij de stad en kan drie dagen per week helpen.",
        "Je hoeft niet te reageren, tenzij je mijn spreadsheet wilt.",
        "De factuur en de registratiegegevens zitten in de bijlage, voor uw advocaat.",
        "U mag alles inzien en mij bij naam noemen.",
        "Je mag de cijfers gebruiken in de podcast.",
        "Ik werk samen met de koksopleiding en heb drie tweedejaars die vanaf februari een leerplek zoeken.",
        "Ik regel de papieren met de school voor u.",
        "Ik heb een doos met 200 van onze bekers naar die vestiging gestuurd, gratis, zodat uw team ze kan "
        "uitproberen.",
        "Ik kan de bevindingen in gewone taal uitleggen voor je luisteraars.",
        "Ik kan voor uw lezers de uitkomsten in een kort stuk samenvatten.",
        "Het is gratis, er is geen account nodig, en de gemeente kan het zelf hosten of ernaar linken.",
        "Ik heb het artikel en een voorstel voor de tekst hieronder gezet.",
        "Vijftien van onze leden kunnen in januari twee dagen per week komen helpen.",
        "Ons netwerk van docenten heeft het schoolprogramma van het museum voorgedragen voor de prijs.",
        "Mijn bureau heeft een rekenmodel gebouwd; ik wil je team de handleiding kosteloos ter beschikking stellen.",
        "Wij zouden het een eer vinden als u de speeltuin op 12 juni officieel opent.",
        "De lijst staat in de gedeelde map hieronder en mag door uw ambtenaren vrij gebruikt worden.",
        "Onze quiz trekt elke week 150 spelers en we willen hem op dinsdag bij jullie houden.",
        "We komen in mei met 60 congresgangers naar uw stad en hebben nog geen kamers geboekt.",
        "De cijfers per provincie treft u bijgaand aan; uw ambtenaren mogen ze vrij gebruiken.",
        "De logs en een patch van één regel staan in het issue dat ik net heb aangemaakt.",
        "Voor mijn scriptie heb ik alle uitspraken samengevat in een overzicht dat uw stagiairs vrij mogen gebruiken.",
        "Ik zet elke week twee kratten groenten apart voor uw keuken.",
        "Ik heb uw cursusmateriaal geactualiseerd met de cijfers van dit jaar, zodat ge het opnieuw kunt gebruiken.",
        "Uw krant mag het onderzoek als eerste publiceren, met alle cijfers erbij.",
        "Ik geef tot de zomer twee ochtenden per week gratis bijles aan uw examenklassen.",
        "Graag reiken wij u dit jaar de Bouwprijs uit tijdens ons gala.",
        "Wij willen je de publieksprijs overhandigen tijdens ons jaarfeest.",
        "Ik heb de 40 reacties van je lezers onder het stuk samengevat op één pagina.",
        "Hier is een korte video waarin ik drie verbeteringen voor je bestelpagina laat zien.",
        "Ik heb je handleiding voor nieuwe gebruikers in het Pools vertaald; je mag hem vrij gebruiken.",
        "Ik stuur je graag de dataset die we hebben verzameld, met 2.000 respondenten.",
        "Ik heb twee kaarten voor het uitverkochte congres die ik niet kan gebruiken, ze zijn voor jou als je wilt.",
        "Onze studenten hebben een korte documentaire over je campagne gemaakt die je vrij mag gebruiken.",
        "Ik stel je graag voor aan het hoofd inkoop van de Rabobank.",
        "Wij betalen de volledige kosten van de workshop voor je team.",
        "Ik maak de illustraties voor je volgende nieuwsbrief gratis.",
        "Mijn bureau maakt de promovideo voor je lancering; de eerste versie is al klaar.",
        "Ik heb je website doorgelicht; in het rapport staan de vijf grootste problemen en hoe je ze oplost.",
        "We hebben je onderzoek deze week uitgelicht in onze nieuwsbrief voor 18.000 hr-managers.",
        "Ik stuur je een doos van onze nieuwe koffiemelange om te proeven.",
        "Ik heb het persbericht over de samenwerking al opgesteld, zodat jij dat niet hoeft te doen.",
        "We schenken 10 procent van de omzet van deze maand aan je stichting.",
        "Ik heb je cursus aangeraden aan de 60 mensen in mijn jaargroep, en 12 hebben zich ingeschreven.",
        "Je team krijgt een jaar gratis toegang tot onze analysetool.",
        "We hebben gratis een stand voor je gereserveerd op de beurs.",
        "Het diner is voor onze rekening, net als het hotel.",
        "We willen graag 50 exemplaren van je boek kopen voor ons team.",
        "Je lezing staat nu ondertiteld in het Spaans op ons kanaal, met een link naar je site.",
        "Ik heb op basis van je productiviteitsmethode een Notion-sjabloon gemaakt dat 3.000 mensen hebben gekopieerd.",
        "Ons team doet de gebruikersinterviews voor je herontwerp kosteloos.",
        "We hebben een koppeling gebouwd tussen je API en Shopify die je klanten vandaag kunnen installeren.",
        "Wij zouden het bijzonder vinden als u de prijzen wilt uitreiken tijdens de finale.",
        "Het bestuur vraagt of u het nieuwe gebouw officieel wilt openen.",
        "Ik heb een samenvatting van je lezing gemaakt voor je volgers, en je mag hem vrij gebruiken.",
        "De jury heeft je voorgedragen voor de prijs voor het beste debuut.",
        "We hebben voor jullie team een overzicht van 1.250 klantvragen gemaakt, gesorteerd op onderwerp.",
        "Hier zijn drie klantcitaten over je product die je op je site mag gebruiken.",
        "Ik heb twee kaartjes voor de uitverkochte voorstelling die ik niet kan gebruiken; ze zijn voor jou.",
        "Ik zag dat de afmeldlink in je nieuwsbrief niet werkt, dus lezers kunnen zich niet afmelden.",
        "We willen je team de innovatieprijs toekennen, met een bedrag van 10.000 euro.",
        "Ik kan de catering voor je meetup in maart verzorgen.",
        "Ik heb al twee klanten naar je doorverwezen.",
        "Zoals beloofd de cijfers van onze pilot: de inwerktijd ging van 9 naar 4 dagen.",
        "Je mag de cijfers vrij gebruiken in je column of op je site.",
        "Ze staan gratis op onze schoolsite en je bent welkom om ernaar te linken.",
        "Reis en overnachting worden vergoed.",
    ],
}

NOT_GIVES = {
    "en": [
        "I've attached my CV for your consideration.",
        "I would welcome the opportunity to interview for the role.",
        "I'm a student and have written my thesis on pricing.",
        "You can see them on our website.",
        "We'd need you to speak for free.",
        "I have three questions that are quite short.",
        "I reran my own experiments last week.",
        "I've sent you the invoice, free of errors I hope.",
        "I could explain why for your listeners, but I would rather not.",
        "I'd love to write for your magazine - do you accept pitches from new writers?",
        "I coordinate the pro bono clinic at a legal aid charity.",
        "You can try our app free for a year in exchange for your feedback.",
        "We'd love to send you our new lens for free in exchange for an honest review!",
        "Would you consider booking me as the opening act for your tour?",
        "Could you consider me as a speaker for next year's conference?",
        "Attached is my latest paper on graph neural networks.",
        "PFA a research paper written by me.",
        "I'd be happy to share some ideas for your next campaign.",
        "I can send you a few thoughts on your onboarding if you like.",
        "It would be great to have you in my network.",
        "I've attached a few samples of my work.",
        "Please find attached some examples of my writing.",
        "Here is my portfolio for your consideration.",
        "I'll send you my pitch deck for your review.",
        "I'm sending you my CV in case you have an opening.",
        "We can run a demo for your team next week.",
        "Your application has been added to our list.",
        "We're sending you an invoice for the last order.",
        "Here are some questions about your pricing.",
        "Please find attached the invoice for March.",
        "Could you open the attachment and sign the last page?",
        "I'd like to offer you the chance to join our paid mastermind for only 99 euros a month.",
        "Could you send me a copy of your slides?",
        "I'm looking for someone to review my business plan.",
        "We offer social media management services for small businesses.",
        "I have a great opportunity for you to invest in my startup.",
        "Would you be willing to share my post with your network?",
        "I'm happy to jump on a call whenever suits you.",
        "Please find my CV attached.",
        "I'd love to get your feedback on my app.",
        "I help coaches get more clients with Facebook ads.",
        "I'd like to invite you to invest in our seed round.",
        "I'd love to give you a demo of our scheduling tool.",
        "Can I send you our pitch deck?",
        "I've built my agency from scratch over ten years.",
        "I'd like to invite you to buy a ticket for our gala.",
        "I emailed your assistant last week about the event.",
        "I loved your keynote at the summit.",
        "I followed your advice and launched my own course.",
        "We raised our prices after reading your pricing guide.",
        "Here are three reasons to hire me.",
        "I've got two questions about your pricing.",
        "I built a tool that your team could buy.",
        "Our agency works with your competitors.",
        "I'm very attached to this project.",
        "Herewith I would like to apply for the position of marketing manager.",
        "I visited your store in Haarlem last week.",
        "I researched your company before writing.",
        "I checked your website this morning.",
        "I sent you an email last week.",
        "I sent you a quick message on LinkedIn.",
    ],
    "nl": [
        "Mijn cv zit in de bijlage voor uw overweging.",
        "Ik heb een mooie infographic gemaakt over klimaatverandering.",
        "Ik heb drie vragen die ik graag wil stellen.",
        "Ik kan het uitleggen voor je luisteraars, maar liever niet.",
        "Ik zou graag voor jullie tijdschrift schrijven, staan jullie open voor nieuwe schrijvers?",
        "Ik nodig u van harte uit om een dag met mij mee te lopen in de praktijk.",
        "Graag bieden wij u de kans om onze app gratis te testen, in ruil voor uw feedback.",
        "Zou u mij willen voorstellen aan uw directeur vastgoed?",
        "We sturen je graag gratis onze nieuwe lens in ruil voor een eerlijke review!",
        "Ik wil u graag helpen met uw werk, waar ik kan.",
        "Zou je mij willen overwegen als spreker voor het congres?",
        "Wilt u mij als spreker overwegen voor het congres van volgend jaar?",
        "Hierbij stuur ik u mijn artikel over leefstijl na een hartinfarct.",
        "In bijlage vindt u mijn paper over de euro.",
        "Ik nodig u graag uit voor een kop koffie bij ons op kantoor.",
        "Ik deel graag een paar ideeën voor je volgende campagne.",
        "Ik stuur je graag wat tips voor je website.",
        "In de bijlage vindt u enkele voorbeelden van mijn werk.",
        "Hierbij mijn portfolio ter beoordeling.",
        "Ik stuur je mijn pitchdeck zodat je ernaar kunt kijken.",
        "Hierbij stuur ik u de factuur van de laatste bestelling.",
        "Hier zijn een paar vragen over je prijzen.",
        "Kunnen we een demo voor je team geven?",
        "Als u de bijlage wilt openen, ziet u het volledige rapport.",
        "Wilt u het formulier overhandigen aan de balie?",
        "Mag ik je mijn profiel sturen?",
        "Ik heb mijn eigen bureau opgebouwd in tien jaar.",
        "Ik heb mijn cv bijgevoegd.",
        "We bieden tijdelijk korting op onze diensten.",
    ],
}


VALUES = {
    # what the recipient gets, said in fresh words
    "en": [
        "The correct table is below, so it can be fixed online quickly.",
        "I've fixed the script so readers can reproduce the table exactly.",
        "This gets you more readers for the newsletter.",
        "Three of our members want to invest in your next round.",
        "That would put your book in front of 40,000 new readers.",
        "Your team would save roughly six hours a week on reporting.",
        "It means your students get a free lab manual in their own language.",
        "You'd get the full recording and transcript to reuse however you like.",
        "The fix would cut your page load time in half.",
        "It's a chance to reach 2,000 hiring managers who already buy training.",
        "Your listeners would get a 30% discount on the course.",
        "This would give you a second income stream without extra work.",
        "You keep all the rights, and we handle the printing.",
        "It would make your conference the first in Europe to be carbon neutral.",
        "We'd be delighted if you would cut the ribbon at our new school, and the regional press will be there.",
        "It would give your readers a ready-made checklist.",
        "That saves your team about ten hours a month.",
        "Your listeners get a free month of the course.",
        "You can drop it straight into your next talk.",
        "It takes you less than a minute to approve.",
    ],
    "nl": [
        "Hieronder staat de juiste tabel, zodat het online snel kan worden aangepast.",
        "Ik heb het script verbeterd zodat lezers de tabel precies kunnen nadoen.",
        "Zo krijgt u meer lezers voor uw nieuwsbrief.",
        "Twee investeerders uit onze groep willen een vervolggesprek.",
        "Zo komt je boek bij 40.000 nieuwe lezers terecht.",
        "Je team bespaart zo ongeveer zes uur per week aan rapportages.",
        "Dat betekent dat je studenten een gratis practicumhandleiding in hun eigen taal krijgen.",
        "Je krijgt de volledige opname en het transcript om vrij te hergebruiken.",
        "Met deze aanpassing laadt je pagina twee keer zo snel.",
        "Je bereikt zo 2.000 recruiters die al trainingen inkopen.",
        "Je luisteraars krijgen 30 procent korting op de cursus.",
        "Zo heb je een tweede bron van inkomsten zonder extra werk.",
        "Je houdt alle rechten, en wij regelen het drukwerk.",
        "Daarmee wordt jullie congres het eerste klimaatneutrale congres van Europa.",
        "We zouden het mooi vinden als u de eerste diploma's wilt uitreiken; de regionale pers komt ook.",
        "Je luisteraars krijgen een gratis maand van de cursus.",
        "Je kunt het zo in je volgende lezing gebruiken.",
        "Het kost je minder dan een minuut om goed te keuren.",
    ],
}

NOT_VALUES = {
    "en": [
        "Would you be up for a brainstorm together about how I can get more readers?",
        "Could you help me grow my channel?",
        "We'd love to send you our new lens for free in exchange for an honest review!",
        "Our customers want to know when you ship.",
        "Your customers get frustrated by slow support.",
        "I'm a designer based in Utrecht.",
    ],
    "nl": [
        "Zou u het leuk vinden om een keer samen te brainstormen over hoe ik meer lezers kan krijgen?",
        "Kun je me helpen mijn kanaal te laten groeien?",
    ],
}

THEIR_WORK = {
    "en": [
        "Great talk on Postgres indexing at the meetup last night.",
        "Nice poster at the EGU session yesterday!",
        "Someone has registered a domain with a copy of your homepage.",
        "Your publishing house released the Norwegian thriller this spring that is now on the bestseller list.",
        "The council's new repairs portal asks tenants for a reference number that most of them never received.",
        "I read that the bank will weigh climate risk in every loan from next year.",
        "Your school's new strategy promises every student a real client case.",
        "Your new trail shoe has very few reviews from women runners.",
        "We would be honoured if you would cut the ribbon on 2 May.",
        "Thank you for the keynote yesterday - it filled half the notebooks in the room.",
        "Your school has been looking for a physics teacher for months.",
        "I loved the bit in episode 42 where you talked about pricing.",
        "Your point about remote teams needing written rituals stuck with me.",
        "Since your keynote at SaaStr, I've restructured our onboarding.",
        "The way you handled the Series A announcement was a masterclass.",
        "After reading your thread on hiring, we changed our interview process.",
        "Congrats on the acquisition by Adobe.",
        "Congratulations on being named to the Forbes 30 under 30 list.",
        "I saw that you just opened a second office in Berlin.",
        "Your argument in chapter 3 that habits beat goals changed how I coach.",
        "I've followed your work on urban heat islands since your 2019 paper.",
        "You wrote last month that most founders underprice.",
        "In your interview with the FT you mentioned that you're looking at Asia.",
        "Your team shipped dark mode last week.",
        "I read that your lab is recruiting for a new study on sleep.",
        "Your recent LinkedIn post on burnout resonated with a lot of our members.",
        "The new feature you launched on Tuesday solves a problem we've had for years.",
        "You've been hiring a lot of data engineers lately.",
        "Your comment on the panel about open data got the whole room talking.",
        "Your company's expansion into Germany caught my eye.",
        "I noticed your shop started selling refill packs.",
        "Your new parking policy has been the talk of our shopkeepers' meeting.",
        "The chapter where you compare cities to gardens stuck with me.",
        "Congratulations on the Series B - the announcement mentioned expanding to Germany.",
    ],
    "nl": [
        "Sterke talk over Postgres-indexen gisteren op de meetup.",
        "Hey Lien, straf affiche voor dat festival in Leuven!",
        "Ik zag dat uw keten volgend jaar veertig nieuwe winkels opent.",
        "Uw uitgeverij bracht dit voorjaar de Noorse thriller uit die nu op de bestsellerlijst staat.",
        "Het nieuwe reparatieportaal van de gemeente vraagt huurders om een referentienummer dat de meesten nooit "
        "kregen.",
        "De website van het museum laadt erg traag op een telefoon.",
        "Ik las dat de bank vanaf volgend jaar klimaatrisico's in alle kredietbeslissingen wil meenemen.",
        "Jullie nieuwe alcoholvrije bier wordt vooral door dertigers gedronken.",
        "De meetgegevens passen goed bij uw verduurzamingsplan.",
        "Wij zouden het een eer vinden als u het nieuwe gebouw officieel wilt openen.",
        "In het debat van dinsdag vroeg u om cijfers over uitval.",
        "Zoals je zei in je column, is de markt krap.",
        "Sterk punt van je in het panel over piketdiensten.",
        "Bedankt voor de lezing van gisteren, de zaal zat vol aantekeningen.",
        "Uw ziekenhuis zoekt al maanden vrijwilligers voor de avonddienst.",
        "Als data-analist heb ik alle strafcorners van uw team uit de laatste competitie bekeken.",
        "Ik vond het stuk in aflevering 42 waarin je over prijzen praat erg goed.",
        "Je punt dat teams op afstand vaste schrijfrituelen nodig hebben, is me bijgebleven.",
        "Sinds je keynote op het Dutch Design Event heb ik onze onboarding omgegooid.",
        "Hoe jullie de aankondiging van de investering brachten, was knap gedaan.",
        "Na het lezen van je draadje over werven hebben we onze sollicitatiegesprekken veranderd.",
        "Gefeliciteerd met de overname door Adyen.",
        "Gefeliciteerd met je benoeming tot hoogleraar.",
        "Ik zag dat je net een tweede vestiging in Gent hebt geopend.",
        "Je betoog in hoofdstuk 3 dat gewoontes belangrijker zijn dan doelen, heeft mijn manier van coachen veranderd.",
        "Ik volg je werk over hittestress in steden al sinds je artikel uit 2019.",
        "Je schreef vorige maand dat de meeste oprichters te weinig vragen.",
        "In je interview met het FD zei je dat je naar Azië kijkt.",
        "Je team heeft vorige week de donkere modus uitgebracht.",
        "Ik las dat je lab deelnemers zoekt voor een nieuw onderzoek naar slaap.",
        "Je recente LinkedIn-post over burn-out raakte veel van onze leden.",
        "De nieuwe functie die jullie dinsdag lanceerden, lost een probleem op dat wij al jaren hebben.",
        "Jullie nemen de laatste tijd veel data-engineers aan.",
        "Je opmerking in het panel over open data zette de hele zaal aan het denken.",
        "De uitbreiding van je bedrijf naar Duitsland viel me op.",
        "Ik zag dat je winkel navulverpakkingen is gaan verkopen.",
        "Over de nieuwe parkeerregels hebben wij 140 winkeliers gesproken.",
        "Het hoofdstuk waarin je steden met tuinen vergelijkt, is me bijgebleven.",
        "Gefeliciteerd met de nieuwe financieringsronde!",
    ],
}

NOT_ASKS = {
    # availability for a need the recipient may not have, and pointers: nothing is asked of them
    "en": [
        "We were up for a drink after the launch.",
        "I remain at your disposal for any questions.",
        "I beg to enclose a copy of the minutes.",
        "Allow me to introduce myself: I'm a trainee lawyer in Leeds.",
        "I hope you will enjoy the book.",
        "I look forward to seeing the results of the study.",
        "I hope you have a great weekend.",
        "Subject: Quick question",
        "Hi Anna, remember me?",
        "I'm happy to connect you with our head of design.",
        "We stayed in touch after the conference.",
        "We met in Utrecht last year at the design festival.",
        "Your team touched base with ours last week.",
        "We have already picked a date for the launch.",
        "It was lovely to finally see you in person at the summit.",
        "The face-to-face sessions at the summit were the best part.",
        "Let me know if you have any questions.",
        "Please call me if you need more information.",
        "If you have any further questions, please don't hesitate to contact me.",
        "Please note that the office is closed on Monday.",
        "Attached please find the signed agreement.",
        "I'll send a meeting invite later today.",
        "While analysing the data for my thesis I noticed a gap in the 2019 figures.",
        "How was the conference in Lisbon?",
        "Did the book tour go well?",
        "If you can't make it, no problem.",
        "I was hoping to finish this by Friday.",
        "I wonder if the market will recover.",
        "It would be great if the deal closed this week.",
        "Kindly note the new address below.",
        "What a great talk",
        "How I built my company in a year",
        "We schedule an hour for every new client.",
    ],
    "nl": [
        "Ik zet het moment in mijn agenda.",
        "Ik ga morgen een drankje doen met mijn team.",
        "We plannen voor elke klant een uur in.",
        "We hebben vorige week gezellig gebuurt.",
        "Ik ga vrijdag met mijn collega naar een klant.",
        "Graag maak ik van de gelegenheid gebruik mij aan u voor te stellen.",
        "In uw brief aan de Kamer vraagt u om praktijkcijfers.",
        "Onderwerp: Korte vraag",
        "Hoi Anna, weet je nog?",
        "Bedankt voor het accepteren van mijn connectieverzoek!",
        "Ik heb een app gebouwd die klanten per sms laat weten wanneer hun bestelling klaar is.",
        "Via een collega kwam ik met uw bureau in contact.",
        "Graag reiken wij u dit jaar de Bouwprijs uit tijdens ons gala.",
        "Wij willen je de publieksprijs overhandigen tijdens ons jaarfeest.",
        "Vorige week hebben we elkaar gezien op het congres.",
        "We hebben de datum voor de lancering al geprikt.",
        "Tijdens de lunch sprak ik met uw collega over het rapport.",
        "Mijn team heeft elkaar twee jaar niet persoonlijk ontmoet.",
        "Ik heb gisteren met uw assistent overlegd over de planning.",
        "Laat het me weten als je nog vragen hebt.",
        "Mocht u nog vragen hebben, bel me gerust.",
        "Bij vragen kun je me altijd bellen.",
        "Hoe was het congres in Gent?",
        "Het zou mooi zijn als de deal deze week rond is.",
        "Let op: het nieuwe adres staat hieronder.",
        "Ik vraag me af of de markt herstelt.",
        "Wat een mooie lezing",
    ],
}

ASKS = {
    "en": [
        "I would welcome the opportunity to interview for the role.",
        "I hope to be invited for an interview.",
        "Would love to hear your thoughts.",
        "Would you be so kind as to sign the form?",
        "Is it possible to get the slides in advance?",
        "Is there any chance you could give a guest lecture next month?",
        "It would be lovely if you could look over the report before Friday.",
        "I look forward to receiving the quote by Tuesday.",
        "My question is whether you would share a short comment.",
        "My request is that you share the timeline with us.",
        "Do you happen to have the editor's contact?",
        "Might you know who I should approach about this?",
        "May I ask you a favour?",
        "I hope you will support my application.",
        "I'm curious whether you see anything in this.",
        "Who would be the best person to approach about this?",
        "Could you help me find an internship?",
        "I'd appreciate it if you could reply briefly.",
        "Would you put in a good word for me?",
        "Could you forward this note to your colleague?",
        "Do let me know your thoughts.",
        "I was hoping you might take a look at my draft.",
        "Would it be too much to ask for a quick review?",
        "We would be very grateful for a short reply.",
        "I am writing to ask whether your lab takes summer students.",
        "I'd love to be considered for the speaker slot.",
        "Any pointers would be hugely appreciated!",
        "We would like to present our plans to you next month.",
        "Just circling back on my note from Tuesday.",
        "Let me know if Thursday at 3 works for you.",
        "Please let me know if you are interested.",
        "I need the signed forms back by Friday.",
        "I was wondering if there is any chance of an extension.",
        "I was hoping to get your thoughts on the draft.",
        "It would be great if you could reply by Monday.",
        "I wonder whether you might have time next week.",
        "I would like to make an appointment with you.",
        "Would it be possible to plan a meeting next week?",
        # chat and quick-mail shorthand, and questions typed without a question mark
        "pls send me the final version",
        "need this by eod",
        "lmk if this works",
        "Do u have the numbers for Q3",
        "what's the status on the gas contract",
    ],
    "nl": [
        "Kun je twee dagen per week helpen?",
        "Hierbij wil ik open solliciteren naar een functie als verpleegkundige.",
        "Ik hoop op een uitnodiging voor een gesprek.",
        "Zou u zo vriendelijk willen zijn om het formulier te ondertekenen?",
        "Is het mogelijk om de presentatie vooraf te ontvangen?",
        "Bestaat de mogelijkheid dat u volgende maand een gastles geeft?",
        "Het zou mooi zijn als u het rapport voor vrijdag kunt nakijken.",
        "Graag ontvang ik de offerte uiterlijk dinsdag.",
        "Ik verneem graag of u akkoord gaat.",
        "Wilt u zo goed zijn de factuur te betalen?",
        "Ik zou u willen vragen om een aanbeveling te schrijven.",
        "Mijn vraag is of u een korte reactie wilt geven.",
        "Mijn verzoek is om de planning met ons te delen.",
        "Heeft u toevallig het contact van de hoofdredacteur?",
        "Weet u misschien wie ik hiervoor kan benaderen?",
        "Mag ik je om een gunst vragen?",
        "Ik hoop dat u mijn aanvraag wilt steunen.",
        "Ik ben benieuwd of u hier iets in ziet.",
        "Wie zou ik hiervoor het beste kunnen benaderen?",
        "Kunt u mij helpen aan een stageplek?",
        "Ik zou het waarderen als je even reageert.",
        "Zou je een goed woordje voor me willen doen?",
        "Kun je dit bericht doorsturen naar je collega?",
        "Ik zou een kort antwoord zeer op prijs stellen.",
        "Graag wil ik u vragen of uw lab zomerstudenten aanneemt.",
        "Ik kom even terug op mijn vorige mail.",
        "Laat je weten of donderdag om drie uur uitkomt?",
        "Mogen we je logo op de flyer zetten?",
        "Het zou fijn zijn als je vrijdag reageert.",
        "Ik vroeg me af of je volgende week tijd hebt.",
        "kun je dit even checken",
        "wat is de status van het contract",
    ],
}


PEER_RULE_ASKS = {
    # meetings, calls, drinks and "your brain", in words the cue packs were not written from
    "en": [
        "Could I get 15 on your calendar this week to show you how?",
        "I humbly request you to kindly grant me an appointment at your convenience.",
        "Could I pop round one morning and see how you run the place?",
        "Would love to touch base - grab any slot that works for you on my calendar below.",
        "Up for a pint after work one day?",
        "Would you be up for a brainstorm together about how I can get more readers?",
        "Could we brainstorm with you about the launch?",
        "I've sent you a calendar invite for a 30-min intro chat on Thursday.",
        "Would it be OK if I sat in on your next QBR?",
        "Could I grab an hour on your calendar?",
        "I should be most grateful if you would grant me a short audience.",
        "I would welcome the opportunity to call upon you at your office.",
        "I would very much like to pay you a visit next month.",
        "I would be delighted to make your acquaintance over lunch.",
        "Might I trouble you for half an hour of your time?",
        "I would be honoured to meet you in person at your convenience.",
        "Would you be open to a 20-minute informational interview next week?",
        "Could we do a quick coffee chat on Zoom?",
        "Could I spend a day with your team?",
        "Could I have a look around your studio next week?",
        "Could I pop into your office on Tuesday?",
        "Could I swing past your desk after the all-hands?",
        "Could I tag along to your next site visit?",
        "Could I sit in on one of your lectures?",
        "Let's find 15 minutes next week.",
        "Would you be up for a chat?",
        "Fancy meeting up when you're in town?",
        "Could we have a word after the panel?",
        "Are you free to grab a bite after the conference?",
        "I'll be in Berlin next week - any chance we could meet?",
        "I'll give you a call next week to set up a meeting.",
        "Hi Sarah, I'd love to add you to my professional network.",
        "Hi, let's connect!",
        "Came across your profile and would love to connect.",
        "Hope to connect and learn from your journey.",
        "I'm expanding my network in fintech and would be glad to connect.",
        "It would be great to have you in my network.",
        "Looking forward to connecting with you.",
        "Would you accept my connection request?",
        "I'd be honored to be connected with you.",
        "Let's stay in touch here on LinkedIn.",
        "Let's grab a bite sometime next week.",
        "I'd love to get some face time with you.",
        "Could we touch base next week?",
        "Do you have a window next week?",
        "When are you free for a chat?",
        "Do you have any availability on Thursday?",
        "Fancy a catch-up when you're back?",
        "Let me take you out for a drink.",
        "Could I shadow you for a day?",
        "Could we connect for 20 minutes?",
        "Any chance we could meet halfway in Utrecht?",
        "Would you have a free slot this month?",
        "Let's find a time that works for you.",
        "I'd love to buy you a beer at the conference.",
        "Can we do a quick video chat on Friday?",
        "Could I get an hour with you before the board meeting?",
        "Might you be free for a call?",
        "I'd like to come and visit you at your office.",
        "Could I pop by after lunch?",
        "Are you around for a quick call?",
        "Fancy a pint after work on Friday?",
        "Are you around for drinks on Thursday?",
        "I'd love to sit down with you to learn more about your journey.",
        "Could I swing by your studio one afternoon to say hello?",
        "Would you be up for a walk and talk next week?",
        "Can we set up a phone appointment for Tuesday?",
        "Could you spare 45 minutes for an interview for my thesis?",
        "Can we schedule an hour next week to walk through the numbers together?",
        "Could we block 45 minutes on Thursday to go over it?",
        "Let's set aside half an hour to discuss the results.",
        "I'd like to book an hour with you.",
    ],
    "nl": [
        "Kan ik 15 minuten van je agenda krijgen?",
        "Mag ik een kwartiertje uit uw agenda lenen?",
        "Boek gerust een moment in mijn agenda via de link hieronder.",
        "Kies een tijdstip dat je past in mijn agenda.",
        "Hey Eva, zin om een keer een drankje te doen?",
        "Zoudt ge efkes tijd hebben om ne keer een koffieke te drinken?",
        "Hebt ge zin om een wijntje te drinken?",
        "Zou u het leuk vinden om een keer samen te brainstormen over hoe ik meer lezers kan krijgen?",
        "Zou ik u een dag mogen schaduwen om te zien hoe uw praktijk eruitziet?",
        "Mag ik een keer meekijken bij een overleg van uw managementteam?",
        "Zou ik u binnenkort een bezoekje mogen brengen?",
        "Zin in een lunchwandeling volgende week?",
        "Zullen we eens een goed gesprek voeren over de toekomst?",
        "Zin in een bak koffie?",
        "Ik kom graag even buurten op je kantoor.",
        "Mag ik aanhaken bij jullie volgende overleg?",
        "Zullen we een online kennismaking plannen?",
        "Heb je een tijdslot vrij voor een korte teams-sessie?",
        "Zullen we elkaar virtueel ontmoeten?",
        "Is er een moment waarop ik u kan spreken?",
        "Zou ik een halfuurtje met u mogen sparren?",
        "Kunnen we een digitale koffie doen?",
        "Heb je deze week nog een plekje in je agenda?",
        "Ik zou u graag eens ontmoeten tijdens de borrel.",
        "Zou ik je mogen uitnodigen voor een etentje?",
        "Kan ik een keer met je meerijden naar een klant?",
        "Ik nodig u van harte uit om een dag met mij mee te lopen in de praktijk.",
        "Kunnen we binnenkort een overleg plannen over de bezetting?",
        "Heb je donderdag tijd voor een praatje?",
        "Zou je een kwartiertje hebben om mee te denken?",
        "Zou het een idee zijn om eens even te schakelen over een samenwerking?",
        "Zou ik eens langs mogen komen om de mogelijkheden te bespreken?",
        "Leuk je te ontmoeten op het event, let's connect!",
        "Koffie volgende week?",
        "Zullen we vrijdag een korte catch-up doen?",
        "Ik heb je een invite gestuurd voor donderdag.",
        "Mag ik een keer aansluiten bij jullie weekoverleg?",
        "Ik blok wel even een halfuurtje in je agenda.",
        "Ik zou het zeer op prijs stellen indien u mij een persoonlijk onderhoud zou willen gunnen.",
        "Graag zou ik bij gelegenheid mijn opwachting maken op uw ministerie.",
        "Ik zou u graag een bezoek brengen.",
        "Ik schrijf zelf ook en zou het superfijn vinden als ik je een keer mag bellen.",
        "Ik zou het heel fijn vinden als we een netwerkgesprek kunnen plannen.",
        "Zou ik een middag bij uw afdeling mogen rondkijken?",
        "Heb je een middagje om mijn manuscript door te nemen?",
        "Hebt ge goesting om eens een babbeltje te doen?",
        "Zin om volgende week een pintje te drinken?",
        "Mag ik u uitnodigen voor een middagmaal?",
        "Ik nodig u graag uit voor een kop koffie bij ons op kantoor.",
        "Schikt het u als ik dinsdag even langskom?",
        "Mag ik een keer aanschuiven bij jullie teamlunch?",
        "Zou ik een dag met uw team mogen meedraaien?",
        "Heb je zin in een wandeling langs het water om bij te praten?",
        "Wanneer kan ik bij u terecht?",
        "Kan ik even bij je binnenstappen?",
        "Mag ik u opzoeken op het congres?",
        "Zou u na de zomer ruimte hebben voor een gesprek?",
        "Zullen we een teams-meeting inplannen?",
        "Graag zou ik eens vrijblijvend kennis met u maken.",
        "Ik bel u volgende week om een kennismaking in te plannen.",
        "Hoi Sarah, ik zou je graag toevoegen aan mijn netwerk.",
        "Leuk om te connecten!",
        "Ik kwam je profiel tegen en wil graag met je connecten.",
        "Graag voeg ik u toe aan mijn LinkedIn-netwerk.",
        "Ik breid mijn netwerk in de fintech uit en zou graag met u in contact komen.",
        "Zullen we linken?",
        "Laten we via LinkedIn in contact blijven.",
        "Ik zou het een eer vinden om met u verbonden te zijn.",
        "Wil je mijn uitnodiging accepteren?",
        "Ik hoop dat we kunnen connecten.",
        "Heeft u binnenkort ruimte in uw agenda?",
        "Kunnen we volgende week iets inplannen?",
        "Zullen we een datum prikken?",
        "Ik zou graag even met je willen overleggen.",
        "Ik kom graag eens bij u op bezoek.",
        "Ik zou graag een keer met u om de tafel zitten.",
        "Heb je nog een gaatje in je agenda?",
        "Heb je een kwartiertje voor me?",
        "Zullen we de koppen eens bij elkaar steken?",
        "Zullen we binnenkort samen iets gaan eten?",
        "Kun je me even terugbellen?",
        "Sta je open voor een gesprek?",
        "Kunnen we elkaar eens treffen op het congres?",
        "Zullen we elkaar binnenkort eens zien?",
        "Mag ik u een keer opbellen?",
        "Zullen we een keer bijkomen onder het genot van een hapje?",
        "Ik wil graag een keer met je om tafel.",
        "Zou u tijd kunnen maken voor een gesprek?",
        "Mag ik je een keer mee uit eten nemen?",
        "Ik hoop u binnenkort persoonlijk te ontmoeten.",
        "Zou ik een dag met u mee mogen lopen?",
        "Heb je volgende week een uur?",
        "Kunnen we even kort telefonisch contact hebben?",
        "Heb je een momentje om even te videobellen?",
        "Ik wil graag je brein even lenen voor een paar vragen.",
        "Zin in een biertje na werk?",
        "Mag ik volgende week even bij u langs om kennis te maken?",
        "Zullen we een belafspraak inplannen voor donderdag?",
        "Heeft u een uurtje voor een interview voor mijn scriptie?",
        "Graag ga ik met u in gesprek over een mogelijke samenwerking.",
        "Kunnen we volgende week een uur inplannen om de cijfers samen door te lopen?",
        "Zullen we een half uurtje plannen om het te bespreken?",
        "Ik wil graag drie kwartier met u inplannen.",
        "Laten we deze week een kwartiertje prikken.",
    ],
}


ABOUT_ME = {
    "en": [
        "Hi Ana, I help companies grow with content marketing.",
        "I coordinate the pro bono clinic at a legal aid charity.",
        "I've built several projects with React and Node.",
        "I have worked for ministries, councils and large companies.",
        "My participants rate my workshops 8.7 on average.",
        "I just joined the platform team last week.",
        "I have over ten years of experience in supply chain management.",
        "Currently, I lead a team of five designers at a fintech startup.",
        "As a passionate marketer, I love building brands.",
        "Last year I ran my first marathon.",
    ],
    "nl": [
        "Hoi Ravi, ik ben backend-engineer met 5 jaar ervaring.",
        "Hoi Ana, ik help bedrijven groeien met contentmarketing.",
        "Wij bouwen software voor fraudedetectie.",
        "Graag stel ik mij aan u voor als zelfstandig webdesigner.",
        "Ik rond binnenkort mijn master epidemiologie af.",
        "Ik heb verschillende projecten gebouwd met React en Node.",
        "Ik heb gewerkt voor ministeries, gemeenten en grote bedrijven.",
        "Mijn deelnemers geven mijn trainingen gemiddeld een 8,7.",
        "Ik heb meer dan tien jaar ervaring in de logistiek.",
        "Als gepassioneerde marketeer bouw ik graag merken.",
        "Vorig jaar liep ik mijn eerste marathon.",
    ],
}


# (act, whether the sentence must carry it, table)
CASES = [
    ("give", True, GIVES), ("give", False, NOT_GIVES),
    ("ask", True, ASKS), ("ask", False, NOT_ASKS),
    ("value", True, VALUES), ("value", False, NOT_VALUES),
    ("their-work", True, THEIR_WORK),
    ("about-me", True, ABOUT_ME),
]


def _cases(table):
    return [(lang, text) for lang, texts in table.items() for text in texts]


@pytest.mark.parametrize(("act", "present", "lang", "text"),
                         [(act, present, lang, text) for act, present, table in CASES for lang, text in _cases(table)])
def test_act(act, present, lang, text):
    assert any(act in s.acts for s in check(text, lang=lang).sentences) is present


@pytest.mark.parametrize(("lang", "text"), _cases(PEER_RULE_ASKS))
def test_peer_rule_ask(lang, text):
    pack = load(lang)
    assert any(is_peer_rule_ask(s, pack) for s in check(text, lang=lang).sentences)


def test_not_wanting_dinner_is_no_ask():
    assert not any("ask" in s.acts for s in check("Ik heb geen zin in een etentje.", lang="nl").sentences)


@pytest.mark.parametrize(("work", "lang", "mention", "no_mention"), [
    # a leading or trailing category word may be left out; the rest of a title keeps its capital
    ("Restaurant Vier Seizoenen", "nl", "Ik breng morgen verse asperges langs voor Vier Seizoenen.",
     "Ik breng morgen verse asperges langs voor de vier seizoenen van het jaar."),
    ("The Linden Hotels", "en", "Our delegates asked for the Linden's river hotel by name.",
     "We planted a linden tree by the river."),
])
def test_work_named_without_its_category_word(work, lang, mention, no_mention):
    to = Profile(work=(work,))
    assert any("their-work" in s.acts for s in check(mention, lang=lang, recipient=to).sentences)
    assert not any("their-work" in s.acts for s in check(no_mention, lang=lang, recipient=to).sentences)


def test_a_deadline_is_not_a_long_ask():
    pack = load("en")
    report = check("Could you get back to me within a day?", lang="en")
    assert not any(is_peer_rule_ask(s, pack) for s in report.sentences)


def test_a_vague_offer_alone_lacks_a_value_proposition():
    far = Profile(inbound_per_day=800)
    for text, lang in [("Dear Ms Vos, I'd be happy to help with your work in any way I can. All the best, Wim", "en"),
                       ("Geachte mevrouw Vos, ik wil u graag helpen met uw werk, waar ik kan. Groet, Wim", "nl")]:
        report = check(text, lang=lang, recipient=far)
        assert [m.id for m in report.mistakes] == ["value-proposition"]


def test_a_finding_with_figures_after_their_words_is_a_give():
    text = ("Hi Rachel, at the all-hands you said churn in the first 90 days is the number you watch most. "
            "I matched last year's support tickets to cancellations: 44% of early churners hit the same bug.")
    sentences = check(text, lang="en").sentences
    assert "give" in sentences[1].acts
    alone = check("I matched last year's support tickets to cancellations: 44% hit the same bug.", lang="en")
    assert not any("give" in s.acts for s in alone.sentences)


def test_the_greeting_is_no_mention_of_their_work():
    to = Profile(work=("Bakkerij Van Dam",))
    report = check("Beste meneer Van Dam,\n\nKunt u mij bellen?", lang="nl", recipient=to)
    assert not any("their-work" in s.acts for s in report.sentences)
    report = check("Ik kocht gisteren brood bij Van Dam in de Kerkstraat.", lang="nl", recipient=to)
    assert any("their-work" in s.acts for s in report.sentences)


def test_a_long_talk_we_give_is_not_their_hour():
    pack = load("nl")
    report = check("Mogen we op JS Amsterdam een talk van een half uur geven over ons product?", lang="nl")
    assert not any(is_peer_rule_ask(s, pack) for s in report.sentences)
    report = check("Heeft u een half uur voor een gesprek over mijn product?", lang="nl")
    assert any(is_peer_rule_ask(s, pack) for s in report.sentences)


def test_our_own_visibility_is_no_value_for_them():
    for text, lang in [("Het zou veel voor onze naamsbekendheid betekenen.", "nl"),
                       ("It would help our visibility a lot.", "en")]:
        assert not any("value" in s.acts for s in check(text, lang=lang).sentences)


def test_the_signature_asks_nothing_but_a_ps_does():
    far = Profile(inbound_per_day=800, work=("The Busy Brain",))
    body = ("Hi Anna,\n\nI translated the checklist from The Busy Brain into Spanish for our 4,000 readers; it is "
            "attached and free to use. Could I link to your site from it?\n\nBest,\nTom Vos\nFounder, Focus Weekly\n"
            "Book a call with me: calendly.com/tomvos\n")
    assert check(body, lang="en", recipient=far).mistakes == []
    with_ps = body + "\nP.S. Could we also grab a coffee when you are in Madrid?"
    assert [m.id for m in check(with_ps, lang="en", recipient=far).mistakes] == ["rank"]
    early_thanks = "Hi Anna,\n\nThanks!\n\nCould we grab a coffee next week? I'm new in town.\n\nBest,\nTom"
    assert "rank" in [m.id for m in check(early_thanks, lang="en", recipient=far).mistakes]


@pytest.mark.parametrize("text", ["Heb je tijd gehad om mijn mail te lezen?",
                                  "Wil je meedenken over de naam van ons product?",
                                  "Laat weten of je een paar minuten hebt om het uit te proberen.",
                                  "Ik kan kosteloos een workshop van 90 minuten over databasemigraties geven."])
def test_dutch_asks_that_are_no_peer_rules(text):
    pack = load("nl")
    assert not any(is_peer_rule_ask(s, pack) for s in check(text, lang="nl").sentences)



@pytest.mark.parametrize(("lang", "text", "minutes"), [
    ("nl", "Ik wil graag drie kwartier met u inplannen.", 45),
    ("nl", "Heeft u anderhalf uur voor een bezoek aan de fabriek?", 90),
    ("nl", "Kunt u twintig minuten vrijmaken voor een gesprek?", 20),
    ("en", "Could you give me an hour and a half of your time next week?", 90),
    ("en", "Could we talk for thirty minutes on Friday?", 30),
    ("en", "Can you spare forty-five minutes for a call?", 45),
])
def test_spelled_out_durations_set_the_ask_cost(lang, text, minutes):
    asks = [s for s in check(text, lang=lang).sentences if "ask" in s.acts]
    assert [s.ask_cost for s in asks] == [minutes]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Huge fan of your podcast episodes on pricing."),
    ("en", "I'm a big fan of your books."),
    ("nl", "Ik ben een groot fan van uw columns."),
    ("nl", "Al jaren een fan van je podcast!"),
])
def test_praise_without_a_detail_is_no_knowledge_of_their_work(lang, text):
    assert not any("their-work" in s.acts for s in check(text, lang=lang).sentences)


def test_words_inside_their_title_are_the_title():
    to = Profile(role="CEO of a national children's charity", work=("Read Together",))
    r = check("Read Together's reading week starts on 10 March.", recipient=to, lang="en")
    assert [s.acts for s in r.sentences] == [["their-work"]]
    r = check("Read the report on our site.", recipient=to, lang="en")
    assert r.sentences[0].acts == ["ask"]


@pytest.mark.parametrize(("lang", "text"), [
    # time for a reply or a read is no meeting
    ("nl", "Heeft u even tijd om te reageren op deze mail?"),
    ("nl", "Heb je even tijd voor een antwoord?"),
    ("en", "Do you have a moment to reply to this email?"),
    # the interview a job application asks for is its ask, not a networking meeting
    ("nl", "Ik hoop op een uitnodiging voor een gesprek."),
    ("nl", "Graag kom ik op sollicitatiegesprek."),
    ("en", "I hope to be invited for an interview."),
])
def test_asks_for_a_reply_or_an_interview_are_no_peer_rules(lang, text):
    pack = load(lang)
    sentences = check(text, lang=lang).sentences
    assert any("ask" in s.acts for s in sentences)
    assert not any(is_peer_rule_ask(s, pack) for s in sentences)
