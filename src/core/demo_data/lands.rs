//! The demo data's tables: per country its names, places and phone conventions, and the
//! texts of interactions and opportunities in German and English. Room: core (pure data).

/// A country's names, places and phone conventions, read from [`LANDS`]. Lists are
/// `|`-separated; a city is `name,postal code,region,area code without trunk 0`.
pub(super) struct Land {
    pub(super) code: &'static str,
    pub(super) weight: u32,
    pub(super) tld: &'static str,
    pub(super) german: bool,
    pub(super) trade_first: bool,
    pub(super) number_first: bool,
    /// Phone formats: `A` is the area code (or mobile prefix), each `#` a digit.
    pub(super) fixed: &'static str,
    /// Digits a subscriber number may start with.
    pub(super) leads: &'static str,
    /// Mobile prefixes (`-`: none, use the city's area) and their formats (`-`: `fixed`).
    pub(super) mobiles: &'static str,
    pub(super) mobile_formats: &'static str,
    pub(super) first: &'static str,
    pub(super) last: &'static str,
    pub(super) trades: &'static str,
    pub(super) legal: &'static str,
    pub(super) mail: &'static str,
    pub(super) streets: &'static str,
    pub(super) cities: &'static str,
}

/// One block per country: `code weight tld flags` (g: German texts, t: trade before the
/// name, n: house number before the street), then ` ~ `-separated fields in `Land` order.
pub(super) const LANDS: &str = "
DE 70 de g ~ 0A #######|(0A) #####-##|+49 A #######|0049 A #######|0A/#######|0A ### #### ~ 23456789 ~ 151|152|160|170|171|172|175|176|178 ~ 0A ########|+49 A ########|0A-########|0A #### ####
Jürgen|Jörg|Björn|Sören|Günther|Bärbel|Käthe|Anna|Lena|Thomas|Michael|Stefan|Sabine|Claudia|Andreas|Katrin|Matthias|Ute|Uwe|Heike|Jens|Frauke|Maximilian|Sophie|Lukas|Mia|Jonas|Hans-Peter|Dörte|Mareike|Ralf|Birgit|Till|Gökhan|Özlem ~ Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hartmann|Lange|Weiß|Groß|Köhler|Jäger|Böhm|Strauß|Fuchs|Vogel|Kühn|Döring|Süß|Özdemir
Maschinenbau|Elektrotechnik|Haustechnik|Logistik|Metallbau|Bau|Druckerei|Landtechnik|Medizintechnik|Software|Getränkehandel|Möbelwerkstätten|Präzisionsteile|Kältetechnik|Gebäudereinigung|Spedition|Holzbau|Feinmechanik|Verpackungen|Solartechnik|Autohaus|Brauerei ~ GmbH|GmbH|GmbH|AG|KG|e.K.|GmbH & Co. KG|GmbH & Co. KG|OHG ~ web.de|gmx.de|t-online.de|posteo.de|gmail.com|outlook.de|freenet.de
Hauptstraße|Bahnhofstraße|Schillerstraße|Goethestraße|Industriestraße|Gartenstraße|Lindenallee|Am Markt|Königsallee|Friedrichstraße|Mühlenweg|Schloßstraße|Gewerbering|Rosenstraße|Ringstraße|Am Hafen|Kaiserstraße|Große Straße|Weißdornweg
Berlin,10115,Berlin,30|München,80331,Bayern,89|Köln,50667,Nordrhein-Westfalen,221|Hamburg,20095,Hamburg,40|Frankfurt am Main,60311,Hessen,69|Stuttgart,70173,Baden-Württemberg,711|Leipzig,04109,Sachsen,341|Dresden,01067,Sachsen,351|Nürnberg,90402,Bayern,911|Bremen,28195,Bremen,421|Düsseldorf,40213,Nordrhein-Westfalen,211|Hannover,30159,Niedersachsen,511|Dortmund,44135,Nordrhein-Westfalen,231|Essen,45127,Nordrhein-Westfalen,201|Münster,48143,Nordrhein-Westfalen,251|Augsburg,86150,Bayern,821|Freiburg im Breisgau,79098,Baden-Württemberg,761|Regensburg,93047,Bayern,941|Würzburg,97070,Bayern,931|Kiel,24103,Schleswig-Holstein,431|Mannheim,68159,Baden-Württemberg,621|Erfurt,99084,Thüringen,361|Rostock,18055,Mecklenburg-Vorpommern,381|Saarbrücken,66111,Saarland,681|Potsdam,14467,Brandenburg,331|Magdeburg,39104,Sachsen-Anhalt,391

AT 6 at g ~ 0A #######|+43 A #######|0A/#######|(0A) ### #### ~ 23456789 ~ 664|660|676|650|699 ~ -
Florian|Johanna|Lukas|Katharina|Wolfgang|Theresa|Josef|Elisabeth|Stefan|Magdalena|Günter|Anneliese ~ Gruber|Huber|Bauer|Wagner|Pichler|Steiner|Moser|Mayer|Hofer|Leitner|Berger|Fuchs|Eder|Wimmer|Aigner|Egger|Weißenböck
Holzbau|Tischlerei|Elektrotechnik|Metallbau|Installationen|Bau|Handels|Seilbahntechnik|Kältetechnik ~ GmbH|GmbH|KG|OG|e.U.|AG ~ gmx.at|aon.at|gmail.com|chello.at
Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Annenstraße|Getreidegasse|Maria-Theresien-Straße|Landstraße|Wiener Straße
Wien,1010,Wien,1|Graz,8010,Steiermark,316|Linz,4020,Oberösterreich,732|Salzburg,5020,Salzburg,662|Innsbruck,6020,Tirol,512|Klagenfurt,9020,Kärnten,463

CH 6 ch g ~ 0A ### ## ##|+41 A ### ## ##|0041 A ### ## ## ~ 23456789 ~ 79|78|76|77|75 ~ -
Reto|Ursula|Beat|Barbara|Urs|Regula|Thomas|Corinne|Martin|Nicole|Luca|Léa|Jean-Marc|Séverine ~ Müller|Meier|Schmid|Keller|Weber|Huber|Brunner|Baumann|Frei|Zürcher|Gerber|Favre|Rochat|Bonvin|Widmer|Käser
Präzisionsmechanik|Uhren|Treuhand|Elektro|Holzbau|Medtech|Sanitär|Informatik ~ AG|AG|GmbH|GmbH|Sàrl|SA ~ bluewin.ch|gmail.com|sunrise.ch|gmx.ch
Bahnhofstrasse|Seestrasse|Dorfstrasse|Rue du Rhône|Marktgasse|Kramgasse|Freie Strasse|Avenue de la Gare
Zürich,8001,ZH,44|Bern,3011,BE,31|Basel,4051,BS,61|Genève,1201,GE,22|Lausanne,1003,VD,21|Luzern,6003,LU,41|St. Gallen,9000,SG,71|Winterthur,8400,ZH,52

FR 3 fr tn ~ 0A ## ## ## ##|+33 A ## ## ## ##|0A.##.##.##.## ~ 234578 ~ 6 ~ -
Jean|Marie|Pierre|Sophie|Nicolas|Camille|Julien|Élodie|François|Céline|Théo|Chloé|Hélène|Benoît ~ Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Lefèvre|Girard|Rousseau|Fontaine|Chevalier
Transports|Menuiserie|Imprimerie|Boulangerie|Électricité|Bâtiment|Conseil|Logistique|Maroquinerie ~ SARL|SAS|SA|SAS ~ orange.fr|free.fr|laposte.net|gmail.com|sfr.fr
rue de Rivoli|avenue des Champs-Élysées|rue de la République|boulevard Voltaire|rue Victor Hugo|place Bellecour|rue Nationale|quai des Chartrons
Paris,75008,Île-de-France,1|Lyon,69002,Auvergne-Rhône-Alpes,4|Marseille,13001,Provence-Alpes-Côte d'Azur,4|Toulouse,31000,Occitanie,5|Bordeaux,33000,Nouvelle-Aquitaine,5|Lille,59000,Hauts-de-France,3|Nantes,44000,Pays de la Loire,2|Strasbourg,67000,Grand Est,3

GB 3 co.uk n ~ 0A ### ####|+44 A ### ####|(0A) ### #### ~ 234 ~ 740|745|750|752|770|778|787|789|795 ~ 0A# ######|+44 A# ######
Oliver|Amelia|George|Isla|Harry|Emily|James|Charlotte|William|Sophie|Thomas|Olivia|Jack|Grace ~ Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|Thompson|Evans|Walker|Hughes|O'Brien
Engineering|Logistics|Consulting|Joinery|Electrical|Print|Supplies|Software|Foods ~ Ltd|Ltd|Ltd|PLC|LLP ~ btinternet.com|gmail.com|outlook.com|sky.com
High Street|Station Road|Baker Street|Church Lane|Victoria Road|King Street|Deansgate|Princes Street|Park Row
London,EC1A 1BB,England,207|London,SW1A 2AA,England,203|Manchester,M1 1AE,England,161|Birmingham,B1 1BB,England,121|Edinburgh,EH1 1YZ,Scotland,131|Leeds,LS1 4DY,England,113|Bristol,BS1 4DJ,England,117|Glasgow,G1 1XQ,Scotland,141|Cardiff,CF10 1EP,Wales,292

US 3 com n ~ (A) ###-####|A-###-####|+1 A ### ####|A.###.#### ~ 23456789 ~ - ~ -
John|Mary|Michael|Jennifer|David|Linda|Robert|Jessica|Chris|Ashley|Daniel|Emily|Kevin|Megan ~ Johnson|Miller|Davis|Garcia|Rodriguez|Martinez|Anderson|Thomas|Jackson|White|Harris|Clark|Lewis|Walker|Young
Industries|Logistics|Systems|Supply|Manufacturing|Solutions|Foods|Tool & Die ~ Inc.|Inc.|LLC|Corp.|Co. ~ gmail.com|yahoo.com|outlook.com|icloud.com|comcast.net
Main Street|Broadway|Market Street|5th Avenue|Elm Street|Oak Avenue|Congress Avenue|Michigan Avenue|Pine Street
New York,10001,NY,212|San Francisco,94105,CA,415|Chicago,60601,IL,312|Boston,02108,MA,617|Seattle,98101,WA,206|Austin,78701,TX,512|Miami,33131,FL,305|Denver,80202,CO,303

NL 3 nl - ~ 0A ### ####|+31 A #######|0A-####### ~ 23456789 ~ 1|2|3|4|5 ~ 06-A#######|+31 6 A#######|06 A#######
Jan|Sanne|Pieter|Fleur|Daan|Lotte|Joost|Anouk|Bram|Eva|Sjoerd|Maaike ~ de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos|Vos|Dekker
Techniek|Logistiek|Installatie|Bouw|Handel|Drukkerij|Automatisering ~ B.V.|B.V.|B.V.|N.V.|V.O.F. ~ ziggo.nl|kpnmail.nl|gmail.com|hotmail.com
Damrak|Kalverstraat|Coolsingel|Oudegracht|Lange Voorhout|Stationsplein|Kerkstraat|Herengracht
Amsterdam,1012 AB,Noord-Holland,20|Rotterdam,3011 AD,Zuid-Holland,10|Utrecht,3511 AA,Utrecht,30|Den Haag,2511 BT,Zuid-Holland,70|Eindhoven,5611 AB,Noord-Brabant,40|Groningen,9711 LM,Groningen,50

IT 2 it t ~ 0A ### ####|+39 0A #######|0A-####### ~ 23456789 ~ 347|348|333|335|339|320|366|380|345 ~ A #######|+39 A ### ####|A/#######
Marco|Giulia|Luca|Francesca|Alessandro|Chiara|Matteo|Sara|Giovanni|Elena|Nicolò|Federica ~ Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Fabbri
Costruzioni|Trasporti|Meccanica|Impianti|Arredamenti|Tessile|Alimentari|Informatica ~ S.r.l.|S.r.l.|S.p.A.|S.n.c.|S.a.s. ~ libero.it|gmail.com|alice.it|virgilio.it|tiscali.it
Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Dante|Piazza del Duomo|Via Mazzini|Corso Buenos Aires|Via Torino
Milano,20121,Lombardia,2|Roma,00184,Lazio,6|Torino,10121,Piemonte,11|Bologna,40121,Emilia-Romagna,51|Firenze,50122,Toscana,55|Napoli,80133,Campania,81|Verona,37121,Veneto,45

ES 2 es t ~ A# ### ###|A ### ## ##|+34 A# ### ### ~ 2345678 ~ 6 ~ A## ### ###|+34 A## ### ###|A########
Javier|Lucía|Carlos|María|Pablo|Carmen|Alejandro|Laura|Sergio|Marta|José|Núria|Íñigo ~ García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Muñoz|Ibáñez
Transportes|Construcciones|Instalaciones|Suministros|Distribuciones|Talleres|Informática ~ S.L.|S.L.|S.A.|S.L.U. ~ gmail.com|hotmail.es|telefonica.net|yahoo.es
Calle Mayor|Gran Vía|Paseo de Gracia|Calle de Alcalá|Avenida de la Constitución|Calle Colón|Rambla de Catalunya|Calle Sierpes
Madrid,28013,Comunidad de Madrid,91|Barcelona,08007,Cataluña,93|Valencia,46002,Comunidad Valenciana,96|Sevilla,41004,Andalucía,95|Bilbao,48001,País Vasco,94

PL 1 pl - ~ A ### ## ##|+48 A #######|(A) ### ## ## ~ 23456789 ~ 50|51|53|57|60|66|69|72|73|78|79|88 ~ A# ### ###|+48 A# ### ###
Piotr|Anna|Krzysztof|Katarzyna|Tomasz|Małgorzata|Paweł|Agnieszka|Michał|Magdalena|Łukasz|Joanna ~ Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski
Transport|Budownictwo|Logistyka|Meble|Instalacje|Serwis|Systemy ~ Sp. z o.o.|Sp. z o.o.|S.A.|sp.k. ~ wp.pl|onet.pl|interia.pl|gmail.com|o2.pl
ul. Marszałkowska|ul. Floriańska|ul. Długa|ul. Piotrkowska|al. Jerozolimskie|ul. Świdnicka|ul. Półwiejska
Warszawa,00-001,mazowieckie,22|Kraków,31-001,małopolskie,12|Gdańsk,80-001,pomorskie,58|Wrocław,50-001,dolnośląskie,71|Poznań,60-001,wielkopolskie,61|Łódź,90-001,łódzkie,42

SE 1 se - ~ 0A-### ## ##|+46 A ### ## ##|0A ####### ~ 23456789 ~ 70|72|73|76 ~ -
Erik|Anna|Lars|Karin|Anders|Eva|Johan|Maria|Björn|Ingrid|Måns|Åsa ~ Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Lindqvist|Öberg|Åberg|Sjöberg
Bygg|Transport|Teknik|Konsult|Snickeri|Mekaniska Verkstad|Data ~ AB|AB|AB|HB ~ telia.com|gmail.com|hotmail.se|bredband.net
Drottninggatan|Kungsgatan|Storgatan|Vasagatan|Södra Förstadsgatan|Avenyn|Sveavägen
Stockholm,111 20,Stockholms län,8|Göteborg,411 01,Västra Götalands län,31|Malmö,211 20,Skåne län,40|Uppsala,753 20,Uppsala län,18|Linköping,582 24,Östergötlands län,13|Västerås,722 11,Västmanlands län,21
";

pub(super) fn lands() -> Vec<Land> {
    let parse = |block: &'static str| {
        let mut fields = block.trim().lines().flat_map(|line| line.split(" ~ "));
        let mut head = fields.next()?.split_whitespace();
        let (code, weight, tld, flags) = (head.next()?, head.next()?, head.next()?, head.next()?);
        let mut next = || fields.next();
        Some(Land {
            code,
            weight: weight.parse().ok()?,
            tld,
            german: flags.contains('g'),
            trade_first: flags.contains('t'),
            number_first: flags.contains('n'),
            fixed: next()?,
            leads: next()?,
            mobiles: next()?,
            mobile_formats: next()?,
            first: next()?,
            last: next()?,
            trades: next()?,
            legal: next()?,
            mail: next()?,
            streets: next()?,
            cities: next()?,
        })
    };
    LANDS.split("\n\n").filter_map(parse).collect()
}

/// Texts in one language; lists are `|`-separated, `talks` has one `subject|body|outcome`
/// a line.
pub(super) struct Texts {
    pub(super) roles: &'static str,
    pub(super) private_roles: &'static str,
    pub(super) inboxes: &'static str,
    pub(super) notes: &'static str,
    pub(super) titles: &'static str,
    pub(super) lost: &'static str,
    pub(super) talks: &'static str,
}

pub(super) const GERMAN: Texts = Texts {
    roles: "Geschäftsführung|Einkauf|Buchhaltung|Vertrieb|Technik|Assistenz der Geschäftsleitung|Logistik|IT-Leitung",
    private_roles: "Ehepartner|Assistenz|Steuerberatung",
    inboxes: "info|kontakt|office",
    notes: "Zahlt zuverlässig per SEPA-Lastschrift.|Bevorzugt Kontakt per E-Mail.|Rechnungen bitte immer an die Buchhaltung.|Anlieferung nur Mo–Do bis 14 Uhr.|Kontakt über die Messe in Hannover.|Rahmenvertrag läuft bis Ende nächsten Jahres.",
    titles: "Wartungsvertrag {y}|{n} Arbeitsplätze|Rahmenvertrag Verbrauchsmaterial|Ersatzteilpaket {y}|CNC-Fräszentrum|Software-Lizenzen ({n} Nutzer)|Umrüstung LED-Beleuchtung|Schulung Bedienpersonal|Erweiterung Lagerregale|Serviceverlängerung {y}",
    lost: "Preis zu hoch|Kein Budget|Lieferzeit zu lang|Entscheidung vertagt|Wettbewerber günstiger",
    talks: "Rückruf wegen Angebot|Kunde bittet um Rückruf zum Angebot vom letzten Monat.|Angebot erläutert, Kunde prüft intern
Reklamation Lieferung|Zwei Kartons beschädigt angekommen, Fotos per E-Mail angefordert.|Ersatzlieferung veranlasst
Nachfrage Liefertermin|Wann kommt die Teillieferung zum offenen Auftrag?|Liefertermin bestätigt
Rechnungsrückfrage|Skonto wurde auf der Rechnung nicht berücksichtigt.|Gutschrift erstellt
Terminvereinbarung Vor-Ort-Besuch|Besuch in der Produktion gewünscht, Technik ist dabei.|Termin vereinbart
Preisanfrage Ersatzteile|Anfrage zu Verschleißteilen für die Anlage aus 2019.|Angebot folgt
Vertragsverlängerung Wartung|Wartungsvertrag läuft zum Jahresende aus.|Verlängerung um zwölf Monate zugesagt
Produktvorführung|Vorführung der neuen Baureihe beim Kunden.|Sehr positives Feedback
Messegespräch|Gespräch am Messestand, Interesse an einem Rahmenvertrag.|Unterlagen zugeschickt
Zahlungserinnerung|Rechnung seit 30 Tagen offen, freundlich erinnert.|Zahlung zugesagt
Änderung Ansprechpartner|Neuer Ansprechpartner im Einkauf ab nächstem Monat.|Stammdaten aktualisiert
Unzufriedenheit Service|Kunde beklagt lange Reaktionszeiten im Service.|An Vertriebsleitung eskaliert",
};

pub(super) const ENGLISH: Texts = Texts {
    roles: "Managing Director|Purchasing|Accounts Payable|Sales|Operations|Office Manager|IT|Logistics",
    private_roles: "Spouse|Assistant|Accountant",
    inboxes: "info|sales|hello",
    notes: "Prefers calls in the morning.|Invoices by e-mail only.|Met at a trade fair.|Net 30 payment terms agreed.|Deliveries to the rear entrance.",
    titles: "Service contract {y}|{n} workstations|Framework agreement consumables|Spare parts package {y}|Fleet upgrade|Software licences ({n} seats)|Operator training|Warehouse racking extension",
    lost: "Went with competitor|Price too high|Project cancelled|No response from customer",
    talks: "Order status|Customer asked for the shipping status of the last order.|Tracking number sent
Quote follow-up|Following up on the quote sent two weeks ago.|Decision expected next week
Complaint: late delivery|Delivery arrived five days late, production was delayed.|Goodwill discount offered
Invoice query|Question about VAT on the last invoice.|Corrected invoice sent
Product demo|Online demo of the new product line for the engineering team.|Trial requested
Contract renewal|Service contract ends this quarter.|Renewal agreed in principle
Intro call|First call after an inbound web enquiry.|Qualified, needs analysis scheduled
Spare parts request|Request for a price list of spare parts.|Price list sent
Site visit|Visited the plant with our application engineer.|Requirements documented
Trade fair follow-up|Met at the booth, interested in volume pricing.|Brochure and prices sent",
};

pub(super) fn texts(german: bool) -> &'static Texts {
    if german { &GERMAN } else { &ENGLISH }
}
