extension DefaultLexicon {
    /// The states of Europe (UN members, Kosovo and the Holy See), with their EU and NATO memberships.
    ///
    /// EU dates are those of joining the European Communities; NATO dates are accessions.
    static let statesEuropeYAML = #"""
format: 1
actors:
  - id: albania
    name: Albania
    kind: state
    names: [Republic of Albania]
    demonyms: [Albanian, Albanians]
    capitals: [Tirana]
    members_of:
      - actor: nato
        from: 2009-04-01
  - id: andorra
    name: Andorra
    kind: state
    names: [Principality of Andorra]
    demonyms: [Andorran, Andorrans]
    capitals: [Andorra la Vella]
  - id: austria
    name: Austria
    kind: state
    names: [Republic of Austria]
    demonyms: [Austrian, Austrians]
    capitals: [Vienna]
    members_of:
      - actor: european-union
        from: 1995-01-01
  - id: belarus
    name: Belarus
    kind: state
    names: [Republic of Belarus, Belorussia, Byelorussia]
    demonyms: [Belarusian, Belarusians, Belarusan, Belarussian]
    capitals: [Minsk]
    members_of:
      - actor: csto
      - actor: eurasian-economic-union
      - actor: sco
        from: 2024-07
  - id: belgium
    name: Belgium
    kind: state
    names: [Kingdom of Belgium]
    demonyms: [Belgian, Belgians]
    # "Brussels" is left to the European Union, which it names far more often in world news.
    members_of:
      - actor: european-union
        from: 1958-01-01
      - actor: nato
        from: 1949-08-24
  - id: bosnia-and-herzegovina
    name: Bosnia and Herzegovina
    kind: state
    names: [Bosnia, Bosnia-Herzegovina, Bosnia and Hercegovina]
    abbreviations: [BiH]
    demonyms: [Bosnian, Bosnians]
    capitals: [Sarajevo]
  - id: bulgaria
    name: Bulgaria
    kind: state
    names: [Republic of Bulgaria]
    demonyms: [Bulgarian, Bulgarians]
    capitals: [Sofia]
    members_of:
      - actor: european-union
        from: 2007-01-01
      - actor: nato
        from: 2004-03-29
  - id: croatia
    name: Croatia
    kind: state
    names: [Republic of Croatia]
    demonyms: [Croatian, Croatians, Croat, Croats]
    capitals: [Zagreb]
    members_of:
      - actor: european-union
        from: 2013-07-01
      - actor: nato
        from: 2009-04-01
  - id: cyprus
    name: Cyprus
    kind: state
    names: [Republic of Cyprus]
    demonyms: [Cypriot, Cypriots]
    capitals: [Nicosia]
    members_of:
      - actor: european-union
        from: 2004-05-01
  - id: czech-republic
    name: Czech Republic
    kind: state
    names: [Czechia]
    demonyms: [Czech, Czechs]
    capitals: [Prague]
    members_of:
      - actor: european-union
        from: 2004-05-01
      - actor: nato
        from: 1999-03-12
  - id: denmark
    name: Denmark
    kind: state
    names: [Kingdom of Denmark]
    demonyms: [Danish, Dane, Danes]
    capitals: [Copenhagen]
    members_of:
      - actor: european-union
        from: 1973-01-01
      - actor: nato
        from: 1949-08-24
  - id: estonia
    name: Estonia
    kind: state
    names: [Republic of Estonia]
    demonyms: [Estonian, Estonians]
    capitals: [Tallinn]
    members_of:
      - actor: european-union
        from: 2004-05-01
      - actor: nato
        from: 2004-03-29
  - id: finland
    name: Finland
    kind: state
    names: [Republic of Finland]
    demonyms: [Finnish, Finn, Finns]
    capitals: [Helsinki]
    members_of:
      - actor: european-union
        from: 1995-01-01
      - actor: nato
        from: 2023-04-04
  - id: france
    name: France
    kind: state
    names: [French Republic, "Élysée Palace", Elysee Palace, "Élysée", Elysee, "Quai d'Orsay"]
    demonyms: [French, Frenchman, Frenchmen]
    capitals: [Paris]
    members_of:
      - actor: european-union
        from: 1958-01-01
      - actor: nato
        from: 1949-08-24
      - actor: g7
      - actor: g20
      - actor: e3
  - id: germany
    name: Germany
    kind: state
    names: [Federal Republic of Germany, West Germany]
    demonyms: [German, Germans]
    capitals: [Berlin]
    members_of:
      - actor: european-union
        from: 1958-01-01
      - actor: nato
        from: 1955-05-06
      - actor: g7
      - actor: g20
      - actor: e3
  - id: greece
    name: Greece
    kind: state
    names: [Hellenic Republic]
    demonyms: [Greek, Greeks]
    capitals: [Athens]
    members_of:
      - actor: european-union
        from: 1981-01-01
      - actor: nato
        from: 1952-02-18
  - id: hungary
    name: Hungary
    kind: state
    demonyms: [Hungarian, Hungarians]
    capitals: [Budapest]
    members_of:
      - actor: european-union
        from: 2004-05-01
      - actor: nato
        from: 1999-03-12
  - id: iceland
    name: Iceland
    kind: state
    demonyms: [Icelandic, Icelander, Icelanders]
    capitals: [Reykjavik, "Reykjavík"]
    members_of:
      - actor: nato
        from: 1949-08-24
  - id: ireland
    name: Ireland
    kind: state
    names: [Republic of Ireland, Irish Republic]
    demonyms: [Irish]
    capitals: [Dublin]
    members_of:
      - actor: european-union
        from: 1973-01-01
  - id: italy
    name: Italy
    kind: state
    names: [Italian Republic, Palazzo Chigi]
    demonyms: [Italian, Italians]
    capitals: [Rome]
    members_of:
      - actor: european-union
        from: 1958-01-01
      - actor: nato
        from: 1949-08-24
      - actor: g7
      - actor: g20
  - id: latvia
    name: Latvia
    kind: state
    names: [Republic of Latvia]
    demonyms: [Latvian, Latvians]
    capitals: [Riga]
    members_of:
      - actor: european-union
        from: 2004-05-01
      - actor: nato
        from: 2004-03-29
  - id: liechtenstein
    name: Liechtenstein
    kind: state
    names: [Principality of Liechtenstein]
    demonyms: [Liechtensteiner, Liechtensteiners]
    capitals: [Vaduz]
  - id: lithuania
    name: Lithuania
    kind: state
    names: [Republic of Lithuania]
    demonyms: [Lithuanian, Lithuanians]
    capitals: [Vilnius]
    members_of:
      - actor: european-union
        from: 2004-05-01
      - actor: nato
        from: 2004-03-29
  - id: luxembourg
    name: Luxembourg
    kind: state
    names: [Grand Duchy of Luxembourg]
    demonyms: [Luxembourger, Luxembourgers, Luxembourgish]
    members_of:
      - actor: european-union
        from: 1958-01-01
      - actor: nato
        from: 1949-08-24
  - id: malta
    name: Malta
    kind: state
    names: [Republic of Malta]
    demonyms: [Maltese]
    capitals: [Valletta]
    members_of:
      - actor: european-union
        from: 2004-05-01
  - id: moldova
    name: Moldova
    kind: state
    names: [Republic of Moldova]
    demonyms: [Moldovan, Moldovans]
    capitals: [Chisinau, "Chișinău"]
  - id: monaco
    name: Monaco
    kind: state
    names: [Principality of Monaco]
    demonyms: [Monegasque, "Monégasque"]
  - id: montenegro
    name: Montenegro
    kind: state
    demonyms: [Montenegrin, Montenegrins]
    capitals: [Podgorica]
    members_of:
      - actor: nato
        from: 2017-06-05
  - id: netherlands
    name: Netherlands
    kind: state
    names: [The Netherlands, Kingdom of the Netherlands, Holland]
    demonyms: [Dutch, Dutchman, Dutchmen]
    capitals: [Amsterdam, The Hague]
    members_of:
      - actor: european-union
        from: 1958-01-01
      - actor: nato
        from: 1949-08-24
  - id: north-macedonia
    name: North Macedonia
    kind: state
    # "Macedonia" alone is kept here: in news it is the state far more often than the Greek region.
    names: [Republic of North Macedonia, Macedonia, Former Yugoslav Republic of Macedonia]
    demonyms: [Macedonian, Macedonians, North Macedonian]
    capitals: [Skopje]
    members_of:
      - actor: nato
        from: 2020-03-27
  - id: norway
    name: Norway
    kind: state
    names: [Kingdom of Norway]
    demonyms: [Norwegian, Norwegians]
    capitals: [Oslo]
    members_of:
      - actor: nato
        from: 1949-08-24
  - id: poland
    name: Poland
    kind: state
    names: [Republic of Poland]
    demonyms: [Polish, Poles]
    capitals: [Warsaw]
    members_of:
      - actor: european-union
        from: 2004-05-01
      - actor: nato
        from: 1999-03-12
  - id: portugal
    name: Portugal
    kind: state
    names: [Portuguese Republic]
    demonyms: [Portuguese]
    capitals: [Lisbon]
    members_of:
      - actor: european-union
        from: 1986-01-01
      - actor: nato
        from: 1949-08-24
  - id: romania
    name: Romania
    kind: state
    demonyms: [Romanian, Romanians]
    capitals: [Bucharest]
    members_of:
      - actor: european-union
        from: 2007-01-01
      - actor: nato
        from: 2004-03-29
  - id: russia
    name: Russia
    kind: state
    # "Russia's Security Council" is listed so that it is not read as the UN Security Council.
    # The intelligence services are the state's, like the CIA for the United States.
    names: [Russian Federation, Kremlin, Russian Security Council, "Russia's Security Council", Security Council of Russia, Federal Security Service of Russia, Russian Federal Security Service, Russian military intelligence]
    abbreviations: [FSB, GRU, SVR]
    demonyms: [Russian, Russians]
    capitals: [Moscow]
    members_of:
      - actor: csto
      - actor: eurasian-economic-union
      - actor: sco
      - actor: brics
      - actor: g20
      - actor: opec-plus
        from: 2016-12
  - id: san-marino
    name: San Marino
    kind: state
    names: [Republic of San Marino]
    demonyms: [Sammarinese]
  - id: serbia
    name: Serbia
    kind: state
    names: [Republic of Serbia]
    demonyms: [Serbian, Serbians, Serb, Serbs]
    capitals: [Belgrade]
  - id: slovakia
    name: Slovakia
    kind: state
    names: [Slovak Republic]
    demonyms: [Slovak, Slovaks, Slovakian]
    capitals: [Bratislava]
    members_of:
      - actor: european-union
        from: 2004-05-01
      - actor: nato
        from: 2004-03-29
  - id: slovenia
    name: Slovenia
    kind: state
    names: [Republic of Slovenia]
    demonyms: [Slovenian, Slovenians, Slovene, Slovenes]
    capitals: [Ljubljana]
    members_of:
      - actor: european-union
        from: 2004-05-01
      - actor: nato
        from: 2004-03-29
  - id: spain
    name: Spain
    kind: state
    names: [Kingdom of Spain, La Moncloa]
    demonyms: [Spanish, Spaniard, Spaniards]
    capitals: [Madrid]
    members_of:
      - actor: european-union
        from: 1986-01-01
      - actor: nato
        from: 1982-05-30
  - id: sweden
    name: Sweden
    kind: state
    names: [Kingdom of Sweden]
    demonyms: [Swedish, Swede, Swedes]
    capitals: [Stockholm]
    members_of:
      - actor: european-union
        from: 1995-01-01
      - actor: nato
        from: 2024-03-07
  - id: switzerland
    name: Switzerland
    kind: state
    names: [Swiss Confederation]
    demonyms: [Swiss]
    capitals: [Bern, Berne]
  - id: ukraine
    name: Ukraine
    kind: state
    demonyms: [Ukrainian, Ukrainians]
    capitals: [Kyiv, Kiev]
  - id: united-kingdom
    name: United Kingdom
    kind: state
    # Northern Ireland is listed so that it is not read as Ireland.
    names: [Britain, Great Britain, United Kingdom of Great Britain and Northern Ireland, Northern Ireland, Downing Street, Number 10, Whitehall, British Foreign Office, UK Foreign Office, "Britain's Foreign Office"]
    abbreviations: [UK, MI6, MI5]
    demonyms: [British, Briton, Britons, Brit, Brits]
    capitals: [London]
    members_of:
      - actor: european-union
        from: 1973-01-01
        until: 2020-01-31
      - actor: nato
        from: 1949-08-24
      - actor: g7
      - actor: g20
      - actor: aukus
        from: 2021-09-15
      - actor: e3
  - id: kosovo
    name: Kosovo
    kind: state
    names: [Republic of Kosovo]
    demonyms: [Kosovar, Kosovars, Kosovan]
    capitals: [Pristina, Prishtina]
  - id: holy-see
    name: Holy See
    kind: state
    names: [Vatican, Vatican City, Vatican City State]
"""#
}
