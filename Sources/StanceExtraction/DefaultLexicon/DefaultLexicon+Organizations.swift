extension DefaultLexicon {
    /// International organisations, their main bodies and agencies, alliances and the best-known NGOs.
    ///
    /// States name these in `members_of` (see the states parts); bodies of an organisation are
    /// members of it, so views roll up from "the Security Council" to "the United Nations".
    static let organizationsYAML = #"""
format: 1
actors:
  # --- United Nations and its bodies ---
  - id: united-nations
    name: United Nations
    kind: organization
    names: [United Nations Organization, UN headquarters, UN Secretariat, UN Secretary-General, UN chief, UN secretary general]
    abbreviations: [UN]
  - id: un-security-council
    name: UN Security Council
    kind: organization
    names: [United Nations Security Council, Security Council, U.N. Security Council]
    abbreviations: [UNSC]
    members_of:
      - actor: united-nations
  - id: un-general-assembly
    name: UN General Assembly
    kind: organization
    names: [United Nations General Assembly, General Assembly, U.N. General Assembly]
    abbreviations: [UNGA]
    members_of:
      - actor: united-nations
  - id: un-human-rights-council
    name: UN Human Rights Council
    kind: organization
    names: [United Nations Human Rights Council, Human Rights Council]
    abbreviations: [UNHRC]
    members_of:
      - actor: united-nations
  - id: ohchr
    name: UN Human Rights Office
    kind: organization
    names: [Office of the United Nations High Commissioner for Human Rights, Office of the UN High Commissioner for Human Rights, UN human rights office, UN High Commissioner for Human Rights, UN human rights chief]
    abbreviations: [OHCHR]
    members_of:
      - actor: united-nations
  - id: unhcr
    name: UNHCR
    kind: organization
    names: [UN refugee agency, United Nations refugee agency, Office of the United Nations High Commissioner for Refugees, UN High Commissioner for Refugees, UN Refugee Agency]
    abbreviations: [UNHCR]
    members_of:
      - actor: united-nations
  - id: unicef
    name: UNICEF
    kind: organization
    names: [United Nations Children's Fund, "UN children's agency", "UN Children's Fund", "United Nations children's agency"]
    abbreviations: [UNICEF, Unicef]
    members_of:
      - actor: united-nations
  - id: world-health-organization
    name: World Health Organization
    kind: organization
    names: [World Health Organisation, UN health agency]
    abbreviations: [WHO]
    members_of:
      - actor: united-nations
  - id: iaea
    name: International Atomic Energy Agency
    kind: organization
    names: [UN nuclear watchdog, UN atomic watchdog, "UN's nuclear watchdog", International Atomic Energy Agency]
    abbreviations: [IAEA]
    members_of:
      - actor: united-nations
  - id: world-food-programme
    name: World Food Programme
    kind: organization
    names: [World Food Program, UN food agency, United Nations World Food Programme, UN World Food Programme]
    abbreviations: [WFP]
    members_of:
      - actor: united-nations
  - id: unrwa
    name: UNRWA
    kind: organization
    names: [United Nations Relief and Works Agency for Palestine Refugees in the Near East, United Nations Relief and Works Agency, UN agency for Palestinian refugees, UN Palestinian refugee agency]
    abbreviations: [UNRWA]
    members_of:
      - actor: united-nations
  - id: ocha
    name: UN Office for the Coordination of Humanitarian Affairs
    kind: organization
    names: [United Nations Office for the Coordination of Humanitarian Affairs, UN humanitarian office, UN humanitarian affairs office, UN aid chief, UN relief chief]
    abbreviations: [OCHA]
    members_of:
      - actor: united-nations
  - id: undp
    name: UN Development Programme
    kind: organization
    names: [United Nations Development Programme, UN Development Program]
    abbreviations: [UNDP]
    members_of:
      - actor: united-nations
  - id: unesco
    name: UNESCO
    kind: organization
    names: [UN cultural agency, UN educational and cultural agency]
    abbreviations: [UNESCO, Unesco]
    members_of:
      - actor: united-nations
  - id: fao
    name: Food and Agriculture Organization
    kind: organization
    names: [UN Food and Agriculture Organization, Food and Agriculture Organisation]
    abbreviations: [FAO]
    members_of:
      - actor: united-nations
  - id: iom
    name: International Organization for Migration
    kind: organization
    names: [UN migration agency, International Organisation for Migration]
    abbreviations: [IOM]
    members_of:
      - actor: united-nations
  - id: unifil
    name: United Nations Interim Force in Lebanon
    kind: organization
    names: [UN Interim Force in Lebanon, UN peacekeepers in Lebanon, UN peacekeeping force in Lebanon]
    abbreviations: [UNIFIL, Unifil]
    members_of:
      - actor: united-nations
  - id: unami
    name: UN Assistance Mission for Iraq
    kind: organization
    names: [United Nations Assistance Mission for Iraq, UN mission in Iraq]
    abbreviations: [UNAMI]
    members_of:
      - actor: united-nations
  - id: undof
    name: UN Disengagement Observer Force
    kind: organization
    names: [United Nations Disengagement Observer Force]
    abbreviations: [UNDOF]
    members_of:
      - actor: united-nations
  - id: monusco
    name: MONUSCO
    kind: organization
    names: [UN peacekeeping mission in Congo, UN mission in Congo, United Nations Organization Stabilization Mission in the Democratic Republic of the Congo]
    abbreviations: [MONUSCO, Monusco]
    members_of:
      - actor: united-nations
  - id: international-court-of-justice
    name: International Court of Justice
    kind: organization
    names: [World Court, UN's top court, top UN court, UN top court]
    abbreviations: [ICJ]
    members_of:
      - actor: united-nations
  - id: international-criminal-court
    name: International Criminal Court
    kind: organization
    # "ICC" is also the International Cricket Council; in political news it is the court.
    names: [International Criminal Court]
    abbreviations: [ICC]
  - id: imf
    name: International Monetary Fund
    kind: organization
    names: [International Monetary Fund]
    abbreviations: [IMF]
  - id: world-bank
    name: World Bank
    kind: organization
    names: [World Bank Group]
  - id: world-trade-organization
    name: World Trade Organization
    kind: organization
    names: [World Trade Organisation]
    abbreviations: [WTO]
  - id: opcw
    name: Organisation for the Prohibition of Chemical Weapons
    kind: organization
    names: [Organization for the Prohibition of Chemical Weapons, chemical weapons watchdog, global chemical weapons watchdog]
    abbreviations: [OPCW]
  - id: interpol
    name: Interpol
    kind: organization
    names: [International Criminal Police Organization]
    abbreviations: [INTERPOL]

  # --- Europe ---
  - id: european-union
    name: European Union
    kind: organization
    names: [European Union, the 27-nation bloc, 27-member bloc, EU bloc]
    abbreviations: [EU]
    # "Brussels" as a metonym means the EU far more often than Belgium in international news.
    capitals: [Brussels]
    members_of:
      - actor: g7
      - actor: g20
  - id: european-commission
    name: European Commission
    kind: organization
    names: [EU Commission, "EU's executive arm", EU executive, "EU's executive"]
    members_of:
      - actor: european-union
  - id: european-parliament
    name: European Parliament
    kind: organization
    names: [EU Parliament]
    members_of:
      - actor: european-union
  - id: european-council
    name: European Council
    kind: organization
    names: [EU summit, EU leaders]
    members_of:
      - actor: european-union
  - id: council-of-the-eu
    name: Council of the European Union
    kind: organization
    names: [Council of the EU, EU Council, EU foreign ministers, EU ministers]
    members_of:
      - actor: european-union
  - id: european-central-bank
    name: European Central Bank
    kind: organization
    abbreviations: [ECB]
    members_of:
      - actor: european-union
  - id: nato
    name: NATO
    kind: coalition
    names: [North Atlantic Treaty Organization, North Atlantic Treaty Organisation, Atlantic alliance, North Atlantic alliance, transatlantic alliance, NATO alliance, Western military alliance]
    abbreviations: [NATO, Nato]
  - id: e3
    name: E3
    kind: coalition
    # Britain, France and Germany acting together on Iran's nuclear programme.
    names: [European troika, E3 countries, E3 nations]
    abbreviations: [E3]
  - id: osce
    name: Organization for Security and Co-operation in Europe
    kind: organization
    names: [Organization for Security and Cooperation in Europe, Organisation for Security and Co-operation in Europe]
    abbreviations: [OSCE]
  - id: council-of-europe
    name: Council of Europe
    kind: organization
  - id: european-court-of-human-rights
    name: European Court of Human Rights
    kind: organization
    abbreviations: [ECHR]
    members_of:
      - actor: council-of-europe

  # --- Africa ---
  - id: african-union
    name: African Union
    kind: organization
    names: [African Union Commission, AU Commission, Organisation of African Unity, Organization of African Unity]
    abbreviations: [AU]
    members_of:
      - actor: g20
        from: 2023-09
  - id: ecowas
    name: ECOWAS
    kind: organization
    names: [Economic Community of West African States, West African bloc, West African regional bloc]
    abbreviations: [ECOWAS, Ecowas]
  - id: alliance-of-sahel-states
    name: Alliance of Sahel States
    kind: coalition
    names: [Confederation of Sahel States, Sahel alliance]
    abbreviations: [AES]
  - id: sadc
    name: Southern African Development Community
    kind: organization
    abbreviations: [SADC]
  - id: igad
    name: IGAD
    kind: organization
    names: [Intergovernmental Authority on Development]
    abbreviations: [IGAD]
  - id: east-african-community
    name: East African Community
    kind: organization

  # --- Middle East and the Muslim world ---
  - id: arab-league
    name: Arab League
    kind: organization
    names: [League of Arab States]
  - id: gcc
    name: Gulf Cooperation Council
    kind: organization
    names: [Cooperation Council for the Arab States of the Gulf, Gulf Co-operation Council]
    abbreviations: [GCC]
  - id: oic
    name: Organisation of Islamic Cooperation
    kind: organization
    names: [Organization of Islamic Cooperation, Organisation of the Islamic Conference, Organization of the Islamic Conference]
    abbreviations: [OIC]

  # --- Energy and economy ---
  - id: opec
    name: OPEC
    kind: organization
    names: [Organization of the Petroleum Exporting Countries, Organisation of the Petroleum Exporting Countries]
    abbreviations: [OPEC, Opec]
    members_of:
      - actor: opec-plus
        from: 2016-12
  - id: opec-plus
    name: OPEC Plus
    kind: coalition
    # "OPEC+" in text reads as OPEC: the plus sign is punctuation to the matcher.
    names: [Opec Plus, OPEC and its allies, OPEC and allies, OPEC-plus]
  - id: international-energy-agency
    name: International Energy Agency
    kind: organization
    abbreviations: [IEA]
  - id: oecd
    name: OECD
    kind: organization
    names: [Organisation for Economic Co-operation and Development, Organization for Economic Cooperation and Development]
    abbreviations: [OECD]
  - id: brics
    name: BRICS
    kind: coalition
    names: [BRICS group, BRICS bloc]
    abbreviations: [BRICS, Brics]
  - id: g7
    name: G7
    kind: coalition
    names: [Group of Seven, G-7, G7 nations, Group of 7]
    abbreviations: [G7]
  - id: g20
    name: G20
    kind: coalition
    names: [Group of 20, Group of Twenty, G-20]
    abbreviations: [G20]
  - id: apec
    name: Asia-Pacific Economic Cooperation
    kind: organization
    names: [Asia Pacific Economic Cooperation]
    abbreviations: [APEC, Apec]

  # --- Asia and Eurasia ---
  - id: asean
    name: ASEAN
    kind: organization
    names: [Association of Southeast Asian Nations, Association of South East Asian Nations, Southeast Asian bloc]
    abbreviations: [ASEAN, Asean]
  - id: sco
    name: Shanghai Cooperation Organisation
    kind: organization
    names: [Shanghai Cooperation Organization]
    abbreviations: [SCO]
  - id: csto
    name: Collective Security Treaty Organization
    kind: coalition
    names: [Collective Security Treaty Organisation]
    abbreviations: [CSTO]
  - id: eurasian-economic-union
    name: Eurasian Economic Union
    kind: organization
    abbreviations: [EAEU]
  - id: quad
    name: Quad
    kind: coalition
    # The bare word "quad" is too common in lower case; the capitalised abbreviation is the grouping.
    names: [Quadrilateral Security Dialogue, Quad grouping, Quad alliance]
    abbreviations: [Quad]
  - id: aukus
    name: AUKUS
    kind: coalition
    names: [AUKUS pact, AUKUS alliance]
    abbreviations: [AUKUS, Aukus]

  # --- Americas ---
  - id: organization-of-american-states
    name: Organization of American States
    kind: organization
    abbreviations: [OAS]
  - id: lima-group
    name: Lima Group
    kind: coalition
    names: [Grupo de Lima]
  - id: mercosur
    name: Mercosur
    kind: organization
    names: [Mercosur, Mercosul, Southern Common Market]
  - id: caricom
    name: CARICOM
    kind: organization
    names: [Caribbean Community]
    abbreviations: [CARICOM, Caricom]

  # --- Humanitarian and rights organisations ---
  - id: icrc
    name: International Committee of the Red Cross
    kind: organization
    names: [Red Cross, International Red Cross]
    abbreviations: [ICRC]
  - id: doctors-without-borders
    name: Doctors Without Borders
    kind: organization
    names: ["Médecins Sans Frontières", Medecins Sans Frontieres]
    abbreviations: [MSF]
  - id: human-rights-watch
    name: Human Rights Watch
    kind: organization
    abbreviations: [HRW]
  - id: amnesty-international
    name: Amnesty International
    kind: organization
    # The bare word "amnesty" is common in lower case: only the capitalised form, case-sensitively.
    abbreviations: [Amnesty]
  - id: reporters-without-borders
    name: Reporters Without Borders
    kind: organization
    # Its French initials "RSF" are left to the Rapid Support Forces, far more frequent in news.
    names: ["Reporters sans frontières", Reporters sans frontieres]
  - id: committee-to-protect-journalists
    name: Committee to Protect Journalists
    kind: organization
    abbreviations: [CPJ]
  - id: norwegian-refugee-council
    name: Norwegian Refugee Council
    kind: organization
  - id: oxfam
    name: Oxfam
    kind: organization
    names: [Oxfam International]
  - id: save-the-children
    name: Save the Children
    kind: organization
  - id: international-rescue-committee
    name: International Rescue Committee
    kind: organization
    abbreviations: [IRC]
"""#
}
