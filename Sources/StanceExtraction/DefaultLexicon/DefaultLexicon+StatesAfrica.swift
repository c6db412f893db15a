extension DefaultLexicon {
    /// The UN member states of Africa (Egypt is in the Middle East part), with their African Union,
    /// Arab League, ECOWAS, Sahel alliance, OPEC and BRICS memberships.
    ///
    /// Libya and Sudan name separate government actors (defined in the Middle East theatre part),
    /// because news tells their rival authorities apart; Mali, Burkina Faso and Niger name their
    /// military juntas (world part), so that "Malian officials" are the junta's.
    static let statesAfricaYAML = #"""
format: 1
actors:
  - id: algeria
    name: Algeria
    kind: state
    names: ["People's Democratic Republic of Algeria"]
    demonyms: [Algerian, Algerians]
    capitals: [Algiers]
    members_of:
      - actor: african-union
      - actor: arab-league
        from: 1962
      - actor: opec
        from: 1969
  - id: angola
    name: Angola
    kind: state
    names: [Republic of Angola]
    demonyms: [Angolan, Angolans]
    capitals: [Luanda]
    members_of:
      - actor: african-union
      - actor: opec
        from: 2007-01
        until: 2024-01-01
  - id: benin
    name: Benin
    kind: state
    names: [Republic of Benin]
    demonyms: [Beninese]
    capitals: [Porto-Novo, Cotonou]
    members_of:
      - actor: african-union
      - actor: ecowas
  - id: botswana
    name: Botswana
    kind: state
    names: [Republic of Botswana]
    demonyms: [Botswanan, Motswana, Batswana]
    capitals: [Gaborone]
    members_of:
      - actor: african-union
  - id: burkina-faso
    name: Burkina Faso
    kind: state
    names: [Burkina]
    demonyms: [Burkinabe, "Burkinabè"]
    capitals: [Ouagadougou]
    government: burkinabe-junta
    members_of:
      - actor: african-union
      - actor: ecowas
        until: 2025-01-29
      - actor: alliance-of-sahel-states
        from: 2023-09-16
  - id: burundi
    name: Burundi
    kind: state
    names: [Republic of Burundi]
    demonyms: [Burundian, Burundians]
    capitals: [Gitega, Bujumbura]
    members_of:
      - actor: african-union
  - id: cape-verde
    name: Cape Verde
    kind: state
    names: [Cabo Verde, Republic of Cabo Verde]
    demonyms: [Cape Verdean, Cape Verdeans, Cabo Verdean, Cabo Verdeans]
    capitals: [Praia]
    members_of:
      - actor: african-union
      - actor: ecowas
  - id: cameroon
    name: Cameroon
    kind: state
    names: [Republic of Cameroon]
    demonyms: [Cameroonian, Cameroonians]
    capitals: ["Yaoundé", Yaounde]
    members_of:
      - actor: african-union
  - id: central-african-republic
    name: Central African Republic
    kind: state
    # "CAR" is not listed: in capitals it is too easily the word "car".
    demonyms: [Central African, Central Africans]
    capitals: [Bangui]
    members_of:
      - actor: african-union
  - id: chad
    name: Chad
    kind: state
    names: [Republic of Chad]
    demonyms: [Chadian, Chadians]
    capitals: ["N'Djamena", Ndjamena]
    members_of:
      - actor: african-union
  - id: comoros
    name: Comoros
    kind: state
    names: [Union of the Comoros, The Comoros]
    demonyms: [Comorian, Comorians]
    capitals: [Moroni]
    members_of:
      - actor: african-union
      - actor: arab-league
        from: 1993
  - id: democratic-republic-of-the-congo
    name: Democratic Republic of the Congo
    kind: state
    # "Congo" alone and "Congolese" are given to the DRC, as most news (and AP style) uses them;
    # the Republic of the Congo is named "Congo-Brazzaville" or by its capital.
    names: [Democratic Republic of Congo, DR Congo, DR of Congo, Congo-Kinshasa, Congo]
    abbreviations: [DRC]
    demonyms: [Congolese]
    capitals: [Kinshasa]
    members_of:
      - actor: african-union
  - id: republic-of-the-congo
    name: Republic of the Congo
    kind: state
    names: [Republic of Congo, Congo-Brazzaville, Congo Republic]
    capitals: [Brazzaville]
    members_of:
      - actor: african-union
      - actor: opec
        from: 2018-06
  - id: ivory-coast
    name: Ivory Coast
    kind: state
    names: ["Côte d'Ivoire", "Cote d'Ivoire", "Republic of Côte d'Ivoire"]
    demonyms: [Ivorian, Ivorians]
    capitals: [Abidjan, Yamoussoukro]
    members_of:
      - actor: african-union
      - actor: ecowas
  - id: djibouti
    name: Djibouti
    kind: state
    names: [Republic of Djibouti]
    demonyms: [Djiboutian, Djiboutians]
    members_of:
      - actor: african-union
      - actor: arab-league
        from: 1977
  - id: equatorial-guinea
    name: Equatorial Guinea
    kind: state
    names: [Republic of Equatorial Guinea]
    demonyms: [Equatorial Guinean, Equatorial Guineans, Equatoguinean, Equatoguineans]
    capitals: [Malabo]
    members_of:
      - actor: african-union
      - actor: opec
        from: 2017-05
  - id: eritrea
    name: Eritrea
    kind: state
    names: [State of Eritrea]
    demonyms: [Eritrean, Eritreans]
    capitals: [Asmara]
    members_of:
      - actor: african-union
  - id: eswatini
    name: Eswatini
    kind: state
    names: [Swaziland, Kingdom of Eswatini]
    demonyms: [Swazi, Swazis, Emaswati]
    capitals: [Mbabane]
    members_of:
      - actor: african-union
  - id: ethiopia
    name: Ethiopia
    kind: state
    names: [Federal Democratic Republic of Ethiopia]
    demonyms: [Ethiopian, Ethiopians]
    capitals: [Addis Ababa]
    members_of:
      - actor: african-union
      - actor: brics
        from: 2024-01-01
  - id: gabon
    name: Gabon
    kind: state
    names: [Gabonese Republic]
    demonyms: [Gabonese]
    capitals: [Libreville]
    members_of:
      - actor: african-union
      - actor: opec
        from: 1975
        until: 1995
      - actor: opec
        from: 2016-07
  - id: gambia
    name: Gambia
    kind: state
    names: [The Gambia, Republic of The Gambia]
    demonyms: [Gambian, Gambians]
    capitals: [Banjul]
    members_of:
      - actor: african-union
      - actor: ecowas
  - id: ghana
    name: Ghana
    kind: state
    names: [Republic of Ghana]
    demonyms: [Ghanaian, Ghanaians]
    capitals: [Accra]
    members_of:
      - actor: african-union
      - actor: ecowas
  - id: guinea
    name: Guinea
    kind: state
    names: [Republic of Guinea, Guinea-Conakry]
    demonyms: [Guinean, Guineans]
    capitals: [Conakry]
    members_of:
      - actor: african-union
      - actor: ecowas
  - id: guinea-bissau
    name: Guinea-Bissau
    kind: state
    names: [Republic of Guinea-Bissau]
    demonyms: [Bissau-Guinean, Bissau-Guineans]
    capitals: [Bissau]
    members_of:
      - actor: african-union
      - actor: ecowas
  - id: kenya
    name: Kenya
    kind: state
    names: [Republic of Kenya]
    demonyms: [Kenyan, Kenyans]
    capitals: [Nairobi]
    members_of:
      - actor: african-union
  - id: lesotho
    name: Lesotho
    kind: state
    names: [Kingdom of Lesotho]
    demonyms: [Basotho, Mosotho]
    capitals: [Maseru]
    members_of:
      - actor: african-union
  - id: liberia
    name: Liberia
    kind: state
    names: [Republic of Liberia]
    demonyms: [Liberian, Liberians]
    capitals: [Monrovia]
    members_of:
      - actor: african-union
      - actor: ecowas
  - id: libya
    name: Libya
    kind: state
    names: [State of Libya]
    demonyms: [Libyan, Libyans]
    # Tripoli is also a city of Lebanon; as a metonym it is Libya's capital.
    capitals: [Tripoli]
    government: libyan-government
    members_of:
      - actor: african-union
      - actor: arab-league
        from: 1953
      - actor: opec
        from: 1962
  - id: madagascar
    name: Madagascar
    kind: state
    names: [Republic of Madagascar]
    demonyms: [Malagasy]
    capitals: [Antananarivo]
    members_of:
      - actor: african-union
  - id: malawi
    name: Malawi
    kind: state
    names: [Republic of Malawi]
    demonyms: [Malawian, Malawians]
    capitals: [Lilongwe]
    members_of:
      - actor: african-union
  - id: mali
    name: Mali
    kind: state
    names: [Republic of Mali]
    demonyms: [Malian, Malians]
    capitals: [Bamako]
    government: malian-junta
    members_of:
      - actor: african-union
      - actor: ecowas
        until: 2025-01-29
      - actor: alliance-of-sahel-states
        from: 2023-09-16
  - id: mauritania
    name: Mauritania
    kind: state
    names: [Islamic Republic of Mauritania]
    demonyms: [Mauritanian, Mauritanians]
    capitals: [Nouakchott]
    members_of:
      - actor: african-union
      - actor: arab-league
        from: 1973
  - id: mauritius
    name: Mauritius
    kind: state
    names: [Republic of Mauritius]
    demonyms: [Mauritian, Mauritians]
    capitals: [Port Louis]
    members_of:
      - actor: african-union
  - id: morocco
    name: Morocco
    kind: state
    names: [Kingdom of Morocco]
    demonyms: [Moroccan, Moroccans]
    capitals: [Rabat]
    members_of:
      - actor: african-union
        from: 2017-01-30
      - actor: arab-league
        from: 1958
  - id: mozambique
    name: Mozambique
    kind: state
    names: [Republic of Mozambique]
    demonyms: [Mozambican, Mozambicans]
    capitals: [Maputo]
    members_of:
      - actor: african-union
  - id: namibia
    name: Namibia
    kind: state
    names: [Republic of Namibia]
    demonyms: [Namibian, Namibians]
    capitals: [Windhoek]
    members_of:
      - actor: african-union
  - id: niger
    name: Niger
    kind: state
    names: [Republic of Niger]
    demonyms: [Nigerien, Nigeriens]
    capitals: [Niamey]
    government: nigerien-junta
    members_of:
      - actor: african-union
      - actor: ecowas
        until: 2025-01-29
      - actor: alliance-of-sahel-states
        from: 2023-09-16
  - id: nigeria
    name: Nigeria
    kind: state
    names: [Federal Republic of Nigeria]
    demonyms: [Nigerian, Nigerians]
    capitals: [Abuja]
    members_of:
      - actor: african-union
      - actor: ecowas
      - actor: opec
        from: 1971
  - id: rwanda
    name: Rwanda
    kind: state
    names: [Republic of Rwanda]
    demonyms: [Rwandan, Rwandans]
    capitals: [Kigali]
    members_of:
      - actor: african-union
  - id: sao-tome-and-principe
    name: "São Tomé and Príncipe"
    kind: state
    names: [Sao Tome and Principe, "São Tomé", Sao Tome]
    demonyms: ["São Toméan", Sao Tomean]
    members_of:
      - actor: african-union
  - id: senegal
    name: Senegal
    kind: state
    names: [Republic of Senegal]
    demonyms: [Senegalese]
    capitals: [Dakar]
    members_of:
      - actor: african-union
      - actor: ecowas
  - id: seychelles
    name: Seychelles
    kind: state
    names: [Republic of Seychelles]
    demonyms: [Seychellois]
    members_of:
      - actor: african-union
  - id: sierra-leone
    name: Sierra Leone
    kind: state
    names: [Republic of Sierra Leone]
    demonyms: [Sierra Leonean, Sierra Leoneans]
    capitals: [Freetown]
    members_of:
      - actor: african-union
      - actor: ecowas
  - id: somalia
    name: Somalia
    kind: state
    names: [Federal Republic of Somalia]
    demonyms: [Somali, Somalis, Somalian]
    capitals: [Mogadishu]
    members_of:
      - actor: african-union
      - actor: arab-league
        from: 1974
  - id: south-africa
    name: South Africa
    kind: state
    names: [Republic of South Africa]
    demonyms: [South African, South Africans]
    capitals: [Pretoria]
    members_of:
      - actor: african-union
      - actor: brics
        from: 2010-12
      - actor: g20
  - id: south-sudan
    name: South Sudan
    kind: state
    names: [Republic of South Sudan]
    demonyms: [South Sudanese]
    capitals: [Juba]
    members_of:
      - actor: african-union
        from: 2011-07
      - actor: opec-plus
        from: 2016-12
  - id: sudan
    name: Sudan
    kind: state
    names: [Republic of the Sudan, The Sudan]
    demonyms: [Sudanese]
    capitals: [Khartoum]
    government: sudanese-government
    members_of:
      - actor: african-union
      - actor: arab-league
        from: 1956
      - actor: opec-plus
        from: 2016-12
  - id: tanzania
    name: Tanzania
    kind: state
    names: [United Republic of Tanzania]
    demonyms: [Tanzanian, Tanzanians]
    capitals: [Dodoma, Dar es Salaam]
    members_of:
      - actor: african-union
  - id: togo
    name: Togo
    kind: state
    names: [Togolese Republic]
    demonyms: [Togolese]
    capitals: ["Lomé", Lome]
    members_of:
      - actor: african-union
      - actor: ecowas
  - id: tunisia
    name: Tunisia
    kind: state
    names: [Republic of Tunisia, Tunisian Republic]
    demonyms: [Tunisian, Tunisians]
    capitals: [Tunis]
    members_of:
      - actor: african-union
      - actor: arab-league
        from: 1958
  - id: uganda
    name: Uganda
    kind: state
    names: [Republic of Uganda]
    demonyms: [Ugandan, Ugandans]
    capitals: [Kampala]
    members_of:
      - actor: african-union
  - id: zambia
    name: Zambia
    kind: state
    names: [Republic of Zambia]
    demonyms: [Zambian, Zambians]
    capitals: [Lusaka]
    members_of:
      - actor: african-union
  - id: zimbabwe
    name: Zimbabwe
    kind: state
    names: [Republic of Zimbabwe]
    demonyms: [Zimbabwean, Zimbabweans]
    capitals: [Harare]
    members_of:
      - actor: african-union
"""#
}
