extension DefaultLexicon {
    /// The actors of the Iraq–Syria–Iran theatre and its neighbours: governments and their
    /// institutions, parties, coalitions, armed groups and their umbrellas, leaders, and the think
    /// tanks most quoted on the region.
    ///
    /// A state's army is its own actor only where news sets it apart from the state (Iraq's
    /// security forces, Lebanon's army); otherwise "Israeli forces" or "the Israeli military" are
    /// left to the matcher's role rule, which gives them to the state.
    static let middleEastYAML = #"""
format: 1
actors:
  # --- Iraq: government and institutions ---
  - id: iraqi-government
    name: Iraqi government
    kind: government
    names: ["Iraq's government", "Iraq's Shiite-led government", "Iraq's Shia-led government", "Iraq's leadership", Iraqi leadership, government in Baghdad, Baghdad government, Iraqi federal government, federal government in Baghdad, Iraqi cabinet, "Iraq's cabinet", Iraqi Prime Minister's Office]
    members_of:
      - actor: iraq
  - id: national-security-service
    name: National Security Service
    kind: organization
    names: [Iraqi National Security Service, "Iraq's National Security Service"]
    members_of:
      - actor: iraqi-government
  - id: iraqi-security-forces
    name: Iraqi security forces
    kind: organization
    names: [Iraqi Security Forces, "Iraq's security forces", Iraqi army, "Iraq's army", Iraqi armed forces, "Iraq's armed forces", Iraqi military, "Iraq's military", Iraqi Ministry of Defense, Iraqi Defense Ministry]
    abbreviations: [ISF]
    members_of:
      - actor: iraqi-government
  - id: counter-terrorism-service
    name: Counter-Terrorism Service
    kind: organization
    names: [Counter Terrorism Service, Iraqi Counter-Terrorism Service, "Iraq's Counter-Terrorism Service", Golden Division]
    members_of:
      - actor: iraqi-security-forces
  - id: iraqi-parliament
    name: Iraqi parliament
    kind: organization
    names: ["Iraq's parliament", Council of Representatives of Iraq, Iraqi Council of Representatives, Iraqi lawmakers, Iraqi legislators]
    members_of:
      - actor: iraq
  - id: iraqi-political-leaders
    name: Iraqi political leaders
    kind: faction
    names: ["Iraq's political leaders", Iraqi leaders, "Iraq's leaders", Iraqi politicians, "Iraq's politicians", Iraqi political figures, Iraqi political elite, "Iraq's political elite", "Iraq's ruling elite"]
    members_of:
      - actor: iraq
  - id: iraqi-armed-groups
    name: Iraqi armed groups
    kind: armed-group
    names: ["Iraq's armed groups", Iraqi militias, "Iraq's militias", armed groups in Iraq, militias in Iraq, Iraqi Shiite militias, Iraqi Shia militias, Iraqi paramilitary groups, Iraqi paramilitaries]
    members_of:
      - actor: iraq
  # --- Iraq: Kurdistan ---
  - id: kurdistan-region
    name: Kurdistan Region
    kind: government
    names: [Kurdistan Regional Government, Kurdistan Region of Iraq, Iraqi Kurdistan, Kurdish Regional Government, Kurdistan regional government, semi-autonomous Kurdistan region, Kurdistan Region government, Kurdish regional authorities, Kurdish authorities in Erbil, Iraqi Kurdish authorities, Kurdistan Regional Government of Iraq]
    abbreviations: [KRG, KRI]
    capitals: [Erbil, Irbil, Arbil]
    members_of:
      - actor: iraq
  - id: kdp
    name: Kurdistan Democratic Party
    kind: party
    names: [Kurdistan Democratic Party of Iraq]
    abbreviations: [KDP]
    members_of:
      - actor: kurdistan-region
  - id: puk
    name: Patriotic Union of Kurdistan
    kind: party
    abbreviations: [PUK]
    members_of:
      - actor: kurdistan-region
  - id: peshmerga
    name: Peshmerga
    kind: organization
    names: [Kurdish Peshmerga, Peshmerga forces, Kurdish Peshmerga forces, Ministry of Peshmerga Affairs, Peshmerga ministry]
    members_of:
      - actor: kurdistan-region
  # --- Iraq: the ruling alliance, parties and armed factions ---
  - id: coordination-framework
    name: Coordination Framework
    kind: coalition
    names: [Shiite Coordination Framework, Shia Coordination Framework, "Shi'ite Coordination Framework", Coordination Framework alliance, Shiite Coordination Framework alliance, Shiite ruling alliance, "Iraq's ruling Shiite alliance", "Iraq's ruling Coordination Framework"]
    members_of:
      - actor: iraq
  - id: iran-aligned-factions
    name: Iran-aligned factions
    kind: faction
    # Articles on Iraq speak of "Iran-aligned factions" for the Iraqi ones; the same words in an
    # article on Syria or Lebanon still resolve here (the matcher has no country context).
    names: [Iran-allied factions, factions aligned with Iran, factions allied with Iran, factions allied to Iran, Iran-backed factions, Iranian-backed factions, Iran-backed militias, Iranian-backed militias, Iran-aligned militias, Iran-allied militias, Iran-aligned groups, Iran-aligned armed groups, Iran-backed armed groups, Iran-backed groups, pro-Iran factions, pro-Iranian factions, pro-Iran militias, pro-Iranian militias, pro-Iran groups, pro-Iranian groups, pro-Iran armed groups, Iran-aligned Shiite factions, Iran-aligned Shia factions, Iran-backed Shiite militias, Iran-backed Shia militias, Iran-aligned Shiite militias, Iran-aligned parties, Iran-allied parties, Iran-aligned blocs, militias aligned with Iran, militias backed by Iran, groups backed by Iran, groups aligned with Iran, Tehran-aligned factions, Tehran-backed militias, Tehran-backed factions, Iran-aligned Iraqi factions, Iran-backed Iraqi militias, Iran-aligned Iraqi militias, Iran-backed Iraqi factions, Iraqi factions aligned with Iran, Iraqi militias backed by Iran]
    members_of:
      - actor: iraq
  - id: popular-mobilization-forces
    name: Popular Mobilization Forces
    kind: armed-group
    names: [Popular Mobilisation Forces, Popular Mobilization Units, Popular Mobilisation Units, Popular Mobilization Committee, Popular Mobilization Authority, Popular Mobilisation Authority, Popular Mobilization Commission, Hashd al-Shaabi, al-Hashd al-Shaabi, Hashed al-Shaabi, "Hashd al-Sha'bi", "al-Hashd al-Sha'bi", Hashd, al-Hashd, Popular Mobilization]
    abbreviations: [PMF, PMU]
    members_of:
      - actor: iraq
  - id: kataib-hezbollah
    name: Kataib Hezbollah
    kind: armed-group
    names: ["Kata'ib Hezbollah", Kataib Hizbollah, Kataib Hizbullah, "Kata'ib Hizballah", Kataib Hizballah, Hezbollah Brigades, Iraqi Hezbollah Brigades]
    members_of:
      - actor: popular-mobilization-forces
      - actor: islamic-resistance-in-iraq
        from: 2023-10
      - actor: axis-of-resistance
  - id: asaib-ahl-al-haq
    name: Asaib Ahl al-Haq
    kind: armed-group
    names: ["Asa'ib Ahl al-Haq", Asaib Ahl al Haq, Asaib Ahl Al-Haq, League of the Righteous, Asaib]
    abbreviations: [AAH]
    members_of:
      - actor: popular-mobilization-forces
      - actor: coordination-framework
      - actor: axis-of-resistance
  - id: harakat-al-nujaba
    name: Harakat al-Nujaba
    kind: armed-group
    names: [Harakat Hezbollah al-Nujaba, Harakat Hizbollah al-Nujaba, al-Nujaba, Nujaba, Nujaba movement, al-Nujaba movement, Harakat al-Nujaba movement]
    members_of:
      - actor: popular-mobilization-forces
      - actor: islamic-resistance-in-iraq
        from: 2023-10
      - actor: axis-of-resistance
  - id: kataib-sayyid-al-shuhada
    name: Kataib Sayyid al-Shuhada
    kind: armed-group
    names: ["Kata'ib Sayyid al-Shuhada", Kataib Sayyed al-Shuhada, Kataib Sayyid al-Shuhadaa]
    abbreviations: [KSS]
    members_of:
      - actor: popular-mobilization-forces
      - actor: islamic-resistance-in-iraq
        from: 2023-10
  - id: badr-organization
    name: Badr Organization
    kind: armed-group
    names: [Badr Organisation, Badr Brigade, Badr Brigades, Badr Corps, Badr bloc, Badr militia, Badr]
    members_of:
      - actor: popular-mobilization-forces
      - actor: coordination-framework
  - id: islamic-resistance-in-iraq
    name: Islamic Resistance in Iraq
    kind: coalition
    names: [Iraqi Islamic Resistance, Islamic Resistance of Iraq]
    members_of:
      - actor: axis-of-resistance
  - id: sadrist-movement
    name: Sadrist movement
    kind: party
    names: [Sadrists, Sadrist bloc, Sadr movement, Sadrist Current, National Shiite Movement, Shiite National Movement, Sadrist camp, followers of Muqtada al-Sadr, supporters of Muqtada al-Sadr]
    members_of:
      - actor: iraq
  - id: saraya-al-salam
    name: Saraya al-Salam
    kind: armed-group
    names: [Saraya al-Salaam, Peace Brigades, Peace Companies]
    members_of:
      - actor: sadrist-movement
      - actor: popular-mobilization-forces
  - id: state-of-law-coalition
    name: State of Law Coalition
    kind: party
    names: [State of Law, State of Law bloc, State of Law alliance]
    members_of:
      - actor: coordination-framework
  - id: taqaddum
    name: Taqaddum
    kind: party
    # "Progress Party" alone is left out: it is also Norway's Progress Party.
    names: [Taqaddum Party, Taqaddum party, Taqadum]
    members_of:
      - actor: iraq
  # --- Iraq: persons ---
  - id: mohammed-shia-al-sudani
    name: Mohammed Shia al-Sudani
    kind: person
    names: [Mohammed Shia al-Sudani, Mohammed al-Sudani, Mohammad Shia al-Sudani, Mohammed Shiaa al-Sudani, al-Sudani, Sudani]
    speaks_for: iraqi-government
  - id: fuad-hussein
    name: Fuad Hussein
    kind: person
    speaks_for: iraqi-government
  - id: abdul-latif-rashid
    name: Abdul Latif Rashid
    kind: person
    names: [Abdul Latif Jamal Rashid, Abdullatif Rashid]
    speaks_for: iraqi-government
  - id: nouri-al-maliki
    name: Nouri al-Maliki
    kind: person
    names: [Nuri al-Maliki, Nouri Maliki, al-Maliki, Maliki]
    speaks_for: state-of-law-coalition
  - id: qais-al-khazali
    name: Qais al-Khazali
    kind: person
    names: [Qais al-Khazaali, Qais Khazali, Khazali, al-Khazali]
    speaks_for: asaib-ahl-al-haq
  - id: hadi-al-amiri
    name: Hadi al-Amiri
    kind: person
    names: [Hadi al-Ameri, Hadi Amiri, al-Amiri]
    speaks_for: badr-organization
  - id: falih-al-fayyadh
    name: Falih al-Fayyadh
    kind: person
    names: [Faleh al-Fayyadh, Falih al-Fayyad, Faleh al-Fayadh, al-Fayyadh, Fayyadh]
    speaks_for: popular-mobilization-forces
  - id: abu-mahdi-al-muhandis
    name: Abu Mahdi al-Muhandis
    kind: person
    # Deputy head of the PMF and founder of Kataib Hezbollah; killed with Soleimani on 2020-01-03.
    names: [al-Muhandis, Muhandis]
    speaks_for: popular-mobilization-forces
  - id: akram-al-kaabi
    name: Akram al-Kaabi
    kind: person
    names: [Akram al-Kaabi, "Akram al-Ka'bi", al-Kaabi]
    speaks_for: harakat-al-nujaba
  - id: muqtada-al-sadr
    name: Muqtada al-Sadr
    kind: person
    names: [Moqtada al-Sadr, Moqtada Sadr, Muqtada Sadr, al-Sadr, Sadr]
    speaks_for: sadrist-movement
  - id: ali-al-sistani
    name: Ali al-Sistani
    kind: person
    # The Shiite religious authority (marjaiya) speaks for no state or party: his own actor.
    names: [Grand Ayatollah Ali al-Sistani, Ayatollah Ali al-Sistani, Ali Sistani, al-Sistani, Sistani]
  - id: masoud-barzani
    name: Masoud Barzani
    kind: person
    names: [Massoud Barzani]
    speaks_for: kdp
  - id: nechirvan-barzani
    name: Nechirvan Barzani
    kind: person
    speaks_for: kurdistan-region
  - id: masrour-barzani
    name: Masrour Barzani
    kind: person
    speaks_for: kurdistan-region
  - id: bafel-talabani
    name: Bafel Talabani
    kind: person
    names: [Bafel Jalal Talabani]
    speaks_for: puk
  - id: mohammed-al-halbousi
    name: Mohammed al-Halbousi
    kind: person
    names: [Mohamed al-Halbousi, al-Halbousi, Halbousi]
    speaks_for: taqaddum

  # --- Syria ---
  - id: syrian-government
    name: Syrian government
    kind: government
    # The post-Assad government. "Syrian government" before 2024-12-08 meant Assad's: articles on
    # that period usually say "the Assad regime" or "the Syrian regime", which go to assad-regime.
    names: ["Syria's government", Syrian transitional government, "Syria's transitional government", Syrian interim government, "Syria's interim government", "Syria's new government", new Syrian government, Syrian caretaker government, "Syria's caretaker government", new Syrian authorities, "Syria's new authorities", Syrian transitional authorities, "Syria's transitional authorities", "Syria's new rulers", "Syria's new leadership", new Syrian leadership, "Syria's Islamist-led government", Damascus government, government in Damascus, Syrian security forces, "Syria's security forces", Syrian government forces, "Syria's new army", Syrian Ministry of Defense, Syrian Defense Ministry, Syrian Interior Ministry, Syrian foreign ministry, Syrian authorities, "Syria's authorities"]
    members_of:
      - actor: syria
        from: 2024-12-08
  - id: assad-regime
    name: Assad regime
    kind: government
    names: ["Bashar Assad's regime", "Assad's regime", Assad government, "Assad's government", "regime of Bashar al-Assad", "Bashar al-Assad's regime", "Bashar al-Assad's government", "Bashar Assad's government", regime of Bashar Assad, Syrian regime, "Damascus regime", Assad administration, Baathist regime, "Ba'athist regime", Assad dynasty, al-Assad regime, Syrian Arab Army, Syrian regime forces, "Assad's forces", Assad forces, pro-Assad forces, "Assad's army", "Assad's troops"]
    members_of:
      - actor: syria
        until: 2024-12-08
      - actor: axis-of-resistance
        until: 2024-12-08
  - id: hayat-tahrir-al-sham
    name: Hayat Tahrir al-Sham
    kind: armed-group
    # Its predecessors (Nusra Front 2012–2016, Jabhat Fateh al-Sham 2016–2017) are names of it;
    # the group announced its dissolution into the new Syrian state on 2025-01-29.
    names: ["Hay'at Tahrir al-Sham", Hayat Tahrir al Sham, Hayat Tahrir al-Cham, Tahrir al-Sham, Levant Liberation Committee, Organization for the Liberation of the Levant, Nusra Front, al-Nusra Front, Jabhat al-Nusra, Jabhat al-Nusrah, Jabhat Fateh al-Sham, Jabhat Fatah al-Sham]
    abbreviations: [HTS]
  - id: syrian-rebels
    name: Syrian rebels
    kind: armed-group
    names: [Sunni rebels, Sunni Islamist rebels, Syrian opposition fighters, Syrian opposition, Syrian rebel groups, Syrian rebel factions, Syrian armed opposition, "Syria's rebels", "Syria's armed opposition", "Syria's opposition", Syrian insurgents, anti-Assad rebels, anti-Assad forces, Syrian opposition forces, rebels in Syria, opposition fighters in Syria, Islamist rebels in Syria, rebel coalition led by Hayat Tahrir al-Sham]
  - id: free-syrian-army
    name: Free Syrian Army
    kind: armed-group
    abbreviations: [FSA]
    members_of:
      - actor: syrian-rebels
  - id: syrian-national-army
    name: Syrian National Army
    kind: armed-group
    # "SNA" is also the Somali National Army; in this lexicon it is the Turkish-backed Syrian force.
    names: [Turkish-backed Syrian National Army, Turkey-backed Syrian National Army, Turkish-backed Syrian rebels, Turkey-backed Syrian rebels, Turkish-backed Syrian fighters, Turkish-backed factions, Turkey-backed factions, Turkish-backed militias]
    abbreviations: [SNA]
    members_of:
      - actor: syrian-rebels
  - id: syrian-democratic-forces
    name: Syrian Democratic Forces
    kind: armed-group
    names: [Kurdish-led Syrian Democratic Forces, U.S.-backed Syrian Democratic Forces, Kurdish-led SDF, US-backed SDF, Kurdish-led forces in Syria]
    abbreviations: [SDF]
  - id: ypg
    name: "People's Protection Units"
    kind: armed-group
    names: [Kurdish YPG militia, YPG militia, Kurdish YPG, "Women's Protection Units"]
    abbreviations: [YPG, YPJ]
    members_of:
      - actor: syrian-democratic-forces
        from: 2015-10
  - id: democratic-union-party
    name: Democratic Union Party
    kind: party
    # The Syrian Kurdish party that leads the autonomous administration; the YPG is its armed wing.
    names: [Kurdish Democratic Union Party]
    abbreviations: [PYD]
    members_of:
      - actor: autonomous-administration
  - id: kurdish-national-council
    name: Kurdish National Council
    kind: coalition
    names: [Kurdish National Council in Syria]
    abbreviations: [ENKS, KNC]
  - id: autonomous-administration
    name: Autonomous Administration of North and East Syria
    kind: government
    names: [Autonomous Administration of Northeast Syria, Democratic Autonomous Administration of North and East Syria, Kurdish-led administration, Kurdish-led autonomous administration, Kurdish administration in northeast Syria, Rojava, Rojava administration]
    abbreviations: [AANES]
    members_of:
      - actor: syria
  - id: syrian-observatory-for-human-rights
    name: Syrian Observatory for Human Rights
    kind: organization
    names: [Britain-based Syrian Observatory for Human Rights, UK-based Syrian Observatory for Human Rights, Syrian Observatory, Britain-based Syrian Observatory, war monitor Syrian Observatory]
    abbreviations: [SOHR]
  - id: bashar-al-assad
    name: Bashar al-Assad
    kind: person
    names: [Bashar Assad, Bashar al-Asad, President Assad, President Bashar al-Assad, al-Assad, Assad]
    speaks_for: assad-regime
  - id: hafez-al-assad
    name: Hafez al-Assad
    kind: person
    names: [Hafez Assad, Hafiz al-Assad]
    speaks_for: assad-regime
  - id: ahmed-al-sharaa
    name: Ahmed al-Sharaa
    kind: person
    # Led HTS (as Abu Mohammed al-Jolani) until the fall of Assad and the Syrian state after it;
    # one speaks_for only, so the transitional government, as most current news reads him.
    names: [Ahmad al-Sharaa, Ahmed Sharaa, Ahmad Sharaa, al-Sharaa, Sharaa, Abu Mohammed al-Jolani, Abu Mohammad al-Jolani, Abu Mohammed al-Golani, Abu Mohammad al-Golani, Mohammed al-Jolani, al-Jolani, Jolani, al-Julani, Abu Muhammad al-Julani]
    speaks_for: syrian-government
  - id: asaad-al-shaibani
    name: Asaad al-Shaibani
    kind: person
    names: [Asaad Hassan al-Shaibani, "As'ad al-Shaibani", Assad al-Shaibani, al-Shaibani, Shaibani]
    speaks_for: syrian-government
  - id: mazloum-abdi
    name: Mazloum Abdi
    kind: person
    names: [Mazloum Kobani Abdi, Mazlum Abdi, Mazloum Kobane, General Mazloum]
    speaks_for: syrian-democratic-forces

  # --- Lebanon ---
  - id: lebanese-government
    name: Lebanese government
    kind: government
    names: ["Lebanon's government", "Lebanon's caretaker government", Lebanese caretaker government, Lebanese cabinet, "Lebanon's cabinet", government in Beirut, Beirut government, Lebanese authorities, "Lebanon's authorities", Lebanese state]
    members_of:
      - actor: lebanon
  - id: lebanese-army
    name: Lebanese Armed Forces
    kind: organization
    names: [Lebanese army, "Lebanon's army", Lebanese military, "Lebanon's military", Lebanese troops, Lebanese soldiers]
    abbreviations: [LAF]
    members_of:
      - actor: lebanon
  - id: hezbollah
    name: Hezbollah
    kind: armed-group
    names: [Hizbollah, Hizballah, Hizbullah, "Hizb'allah", Hezbollah movement, Lebanese Hezbollah, "Lebanon's Hezbollah", Islamic Resistance in Lebanon, Hezbollah fighters, Hezbollah militants, Iran-backed Hezbollah]
    members_of:
      - actor: axis-of-resistance
  - id: amal-movement
    name: Amal Movement
    kind: party
    names: [Amal, Amal movement, Amal party]
    members_of:
      - actor: lebanon
  - id: lebanese-forces
    name: Lebanese Forces
    kind: party
    # The Christian party. The phrase is also, in lower case, "Lebanese forces" (the state's): the
    # matcher requires only the first word capitalised, so some of those will land here.
    names: [Lebanese Forces party, Samir Geagea's Lebanese Forces]
    members_of:
      - actor: lebanon
  - id: free-patriotic-movement
    name: Free Patriotic Movement
    kind: party
    abbreviations: [FPM]
    members_of:
      - actor: lebanon
  - id: hassan-nasrallah
    name: Hassan Nasrallah
    kind: person
    # Secretary-general of Hezbollah until he was killed on 2024-09-27.
    names: [Sayyed Hassan Nasrallah, Hasan Nasrallah, Nasrallah]
    speaks_for: hezbollah
  - id: naim-qassem
    name: Naim Qassem
    kind: person
    names: [Naim Kassem, Naim Qasim, Sheikh Naim Qassem, "Na'im Qassem"]
    speaks_for: hezbollah
  - id: joseph-aoun
    name: Joseph Aoun
    kind: person
    # President of Lebanon since 2025-01-09; before that, commander of the Lebanese army.
    names: [President Joseph Aoun, General Joseph Aoun]
    speaks_for: lebanese-government
  - id: nawaf-salam
    name: Nawaf Salam
    kind: person
    speaks_for: lebanese-government
  - id: najib-mikati
    name: Najib Mikati
    kind: person
    # Caretaker prime minister until February 2025.
    names: [Najib Miqati, Mikati]
    speaks_for: lebanese-government
  - id: nabih-berri
    name: Nabih Berri
    kind: person
    names: [Berri]
    speaks_for: amal-movement
  - id: samir-geagea
    name: Samir Geagea
    kind: person
    names: [Geagea]
    speaks_for: lebanese-forces

  # --- Palestinians ---
  - id: hamas
    name: Hamas
    kind: armed-group
    names: [Islamic Resistance Movement, Hamas movement, Hamas militants, Hamas fighters, Hamas authorities, Hamas-run government, Hamas government, Hamas leadership]
    members_of:
      - actor: axis-of-resistance
  - id: qassam-brigades
    name: Qassam Brigades
    kind: armed-group
    names: [al-Qassam Brigades, Izz ad-Din al-Qassam Brigades, Izz al-Din al-Qassam Brigades, Ezzedine al-Qassam Brigades, Ezzedine al-Qassam, Izzedine al-Qassam Brigades, Ezzeddine al-Qassam Brigades, Izz el-Deen al-Qassam Brigades, "Hamas's armed wing", Hamas armed wing, "Hamas's military wing", Hamas military wing]
    members_of:
      - actor: hamas
  - id: palestinian-islamic-jihad
    name: Palestinian Islamic Jihad
    kind: armed-group
    names: [Islamic Jihad, Islamic Jihad movement, Islamic Jihad Movement in Palestine, al-Quds Brigades, Saraya al-Quds]
    abbreviations: [PIJ]
    members_of:
      - actor: axis-of-resistance
  - id: fatah
    name: Fatah
    kind: party
    names: [Fatah movement, Fatah party]
    members_of:
      - actor: plo
  - id: plo
    name: Palestine Liberation Organization
    kind: organization
    names: [Palestine Liberation Organisation]
    abbreviations: [PLO]
  - id: pflp
    name: Popular Front for the Liberation of Palestine
    kind: armed-group
    abbreviations: [PFLP]
    members_of:
      - actor: plo
  - id: palestinian-authority
    name: Palestinian Authority
    kind: government
    names: [Palestinian National Authority, Palestinian Authority government, Palestinian government, PA government, Palestinian presidency, Palestinian Authority leadership, Palestinian leadership]
    abbreviations: [PA]
    capitals: [Ramallah]
    members_of:
      - actor: palestine
  - id: mahmoud-abbas
    name: Mahmoud Abbas
    kind: person
    # "Abbas" alone is nearly always him in Palestinian news; "Abbas Araghchi" is a longer form.
    names: [Abu Mazen, President Abbas, Abbas]
    speaks_for: palestinian-authority
  - id: mohammad-mustafa
    name: Mohammad Mustafa
    kind: person
    names: [Mohammed Mustafa, Palestinian Prime Minister Mohammad Mustafa]
    speaks_for: palestinian-authority
  - id: hussein-al-sheikh
    name: Hussein al-Sheikh
    kind: person
    speaks_for: palestinian-authority
  - id: yahya-sinwar
    name: Yahya Sinwar
    kind: person
    # Hamas leader in Gaza, then overall leader from August 2024; killed on 2024-10-16.
    names: [Yehya Sinwar, Sinwar]
    speaks_for: hamas
  - id: mohammed-sinwar
    name: Mohammed Sinwar
    kind: person
    names: [Mohammad Sinwar]
    speaks_for: hamas
  - id: ismail-haniyeh
    name: Ismail Haniyeh
    kind: person
    # Head of Hamas's political bureau; killed in Tehran on 2024-07-31.
    names: [Ismail Haniya, Ismail Haniyah, Haniyeh]
    speaks_for: hamas
  - id: khalil-al-hayya
    name: Khalil al-Hayya
    kind: person
    names: [Khalil al-Haya, al-Hayya]
    speaks_for: hamas
  - id: khaled-meshaal
    name: Khaled Meshaal
    kind: person
    names: [Khaled Mashaal, Khaled Mashal, Khalid Mishal, Meshaal, Mashaal]
    speaks_for: hamas
  - id: mohammed-deif
    name: Mohammed Deif
    kind: person
    names: [Mohammad Deif, Mohammed Dief, Deif]
    speaks_for: qassam-brigades
  - id: abu-obeida
    name: Abu Obeida
    kind: person
    # The Qassam Brigades' masked spokesman (a role, several people).
    names: [Abu Ubaida, Abu Obaida]
    speaks_for: qassam-brigades
  - id: ziyad-al-nakhalah
    name: Ziyad al-Nakhalah
    kind: person
    names: [Ziad al-Nakhala, Ziyad Nakhalah, al-Nakhalah]
    speaks_for: palestinian-islamic-jihad

  # --- Yemen ---
  - id: houthis
    name: Houthis
    kind: armed-group
    names: [Houthi, Houthi rebels, Houthi movement, Houthi militia, Houthi militants, Houthi fighters, Houthi forces, Houthi-led government, Houthi authorities, "Yemen's Houthis", Yemeni Houthis, Iran-backed Houthis, Iran-backed Houthi rebels, Ansar Allah, Ansarullah, "Ansar Allah movement", Huthi, Huthis, Houthi leadership]
    members_of:
      - actor: axis-of-resistance
  - id: yemeni-government
    name: Yemeni government
    kind: government
    names: ["Yemen's government", "Yemen's internationally recognized government", "Yemen's internationally recognised government", internationally recognized Yemeni government, internationally recognised Yemeni government, "Yemen's Saudi-backed government", Saudi-backed Yemeni government, Presidential Leadership Council, "Yemen's Presidential Leadership Council", Presidential Council in Yemen, Aden government, government in Aden, Aden-based government]
    capitals: [Aden]
    members_of:
      - actor: yemen
  - id: southern-transitional-council
    name: Southern Transitional Council
    kind: armed-group
    names: [UAE-backed Southern Transitional Council, Southern separatists, southern separatists in Yemen, Yemeni southern separatists]
    abbreviations: [STC]
    members_of:
      - actor: yemen
  - id: saudi-led-coalition
    name: Saudi-led coalition
    kind: coalition
    names: [Saudi-led military coalition, Saudi-led Arab coalition, Arab coalition in Yemen, Coalition to Restore Legitimacy in Yemen, Saudi-UAE coalition]
  - id: abdul-malik-al-houthi
    name: Abdul-Malik al-Houthi
    kind: person
    names: [Abdul Malik al-Houthi, Abdulmalik al-Houthi, Abdel-Malek al-Houthi, Abdel Malik al-Houthi, "Abd al-Malik al-Houthi"]
    speaks_for: houthis
  - id: yahya-saree
    name: Yahya Saree
    kind: person
    names: [Yahya Sarea, Yahya Sare'e, Brigadier General Yahya Saree]
    speaks_for: houthis
  - id: mohammed-abdulsalam
    name: Mohammed Abdulsalam
    kind: person
    names: [Mohammed Abdul Salam, Mohammed Abdelsalam]
    speaks_for: houthis
  - id: rashad-al-alimi
    name: Rashad al-Alimi
    kind: person
    names: [Rashad Muhammad al-Alimi, al-Alimi]
    speaks_for: yemeni-government
  - id: aidarous-al-zubaidi
    name: Aidarous al-Zubaidi
    kind: person
    names: [Aidarous al-Zubaydi, Aydarus al-Zubaidi, al-Zubaidi]
    speaks_for: southern-transitional-council

  # --- Iran ---
  - id: irgc
    name: Islamic Revolutionary Guard Corps
    kind: organization
    names: [Revolutionary Guard Corps, Revolutionary Guard, Revolutionary Guards, Iranian Revolutionary Guard, Iranian Revolutionary Guards, "Iran's Revolutionary Guard", "Iran's Revolutionary Guards", "Iran's Islamic Revolutionary Guard Corps", Iranian Revolutionary Guard Corps, Guard Corps, Pasdaran]
    abbreviations: [IRGC]
    members_of:
      - actor: iran
  - id: quds-force
    name: Quds Force
    kind: organization
    names: [Qods Force, IRGC Quds Force, IRGC-Quds Force, "Quds Force of the Revolutionary Guard", Revolutionary Guard Quds Force, Quds Force of the Islamic Revolutionary Guard Corps, "Iran's Quds Force"]
    abbreviations: [IRGC-QF]
    members_of:
      - actor: irgc
  - id: basij
    name: Basij
    kind: organization
    names: [Basij militia, Basij Resistance Force, Basij paramilitary force, Basij force]
    members_of:
      - actor: irgc
  - id: axis-of-resistance
    name: Axis of Resistance
    kind: coalition
    names: [Iran-led Axis of Resistance, "Iran's Axis of Resistance", Iran-led axis, "Iran's axis", "Tehran's axis of resistance", resistance axis, "Iran's network of proxies", "Iran's proxy network", "Iran's proxies", Iranian proxies, Iran proxies, Iranian proxy groups, "Iran's allies in the region"]
  - id: ali-khamenei
    name: Ali Khamenei
    kind: person
    names: [Ayatollah Ali Khamenei, Ayatollah Khamenei, Supreme Leader Ali Khamenei, Ali Hosseini Khamenei, Khamenei, "Iran's supreme leader", Iranian supreme leader]
    speaks_for: iran
  - id: ruhollah-khomeini
    name: Ruhollah Khomeini
    kind: person
    names: [Ayatollah Ruhollah Khomeini, Ayatollah Khomeini, Khomeini]
    speaks_for: iran
  - id: masoud-pezeshkian
    name: Masoud Pezeshkian
    kind: person
    # President of Iran since 2024-07-28.
    names: [Massoud Pezeshkian, Pezeshkian, President Pezeshkian]
    speaks_for: iran
  - id: ebrahim-raisi
    name: Ebrahim Raisi
    kind: person
    # President of Iran from 2021 until his death on 2024-05-19.
    names: [Ebrahim Raeisi, Ibrahim Raisi, Raisi]
    speaks_for: iran
  - id: hassan-rouhani
    name: Hassan Rouhani
    kind: person
    # President of Iran 2013–2021.
    names: [Hasan Rouhani, Rouhani]
    speaks_for: iran
  - id: abbas-araghchi
    name: Abbas Araghchi
    kind: person
    names: [Abbas Araqchi, Araghchi, Araqchi]
    speaks_for: iran
  - id: mohammad-javad-zarif
    name: Mohammad Javad Zarif
    kind: person
    names: [Javad Zarif, Zarif]
    speaks_for: iran
  - id: ali-larijani
    name: Ali Larijani
    kind: person
    names: [Larijani]
    speaks_for: iran
  - id: qassem-soleimani
    name: Qassem Soleimani
    kind: person
    # Commander of the Quds Force until he was killed on 2020-01-03.
    names: [Qasem Soleimani, Qassim Soleimani, Qassem Suleimani, Qasem Suleimani, Qassim Suleimani, Ghasem Soleimani, Soleimani, Suleimani]
    speaks_for: quds-force
  - id: esmail-qaani
    name: Esmail Qaani
    kind: person
    names: [Ismail Qaani, Esmail Ghaani, Ismail Qani, Qaani]
    speaks_for: quds-force
  - id: hossein-salami
    name: Hossein Salami
    kind: person
    # Commander of the IRGC until he was killed on 2025-06-13.
    speaks_for: irgc

  # --- Israel ---
  - id: israel-defense-forces
    name: Israel Defense Forces
    kind: organization
    names: [Israel Defence Forces, Israeli Defense Forces, Israeli Defence Forces]
    abbreviations: [IDF]
    members_of:
      - actor: israel
  - id: mossad
    name: Mossad
    kind: organization
    names: [Israeli intelligence agency Mossad, "Israel's Mossad", Mossad spy agency]
    members_of:
      - actor: israel
  - id: shin-bet
    name: Shin Bet
    kind: organization
    names: [Shabak, Israel Security Agency, "Israel's Shin Bet"]
    members_of:
      - actor: israel
  - id: likud
    name: Likud
    kind: party
    names: [Likud party, "Netanyahu's Likud", Likud Party]
    members_of:
      - actor: israel
  - id: benjamin-netanyahu
    name: Benjamin Netanyahu
    kind: person
    names: [Binyamin Netanyahu, Bibi Netanyahu, Netanyahu, Prime Minister Netanyahu]
    speaks_for: israel
  - id: israel-katz
    name: Israel Katz
    kind: person
    names: [Yisrael Katz]
    speaks_for: israel
  - id: gideon-saar
    name: Gideon Saar
    kind: person
    names: ["Gideon Sa'ar"]
    speaks_for: israel
  - id: isaac-herzog
    name: Isaac Herzog
    kind: person
    names: [President Isaac Herzog]
    speaks_for: israel
  - id: yoav-gallant
    name: Yoav Gallant
    kind: person
    # Defence minister until November 2024 ("Gallant" alone is an English word: not listed).
    speaks_for: israel
  - id: herzi-halevi
    name: Herzi Halevi
    kind: person
    # IDF chief of staff until March 2025.
    speaks_for: israel-defense-forces
  - id: eyal-zamir
    name: Eyal Zamir
    kind: person
    # IDF chief of staff since March 2025.
    speaks_for: israel-defense-forces
  - id: itamar-ben-gvir
    name: Itamar Ben-Gvir
    kind: person
    # A far-right minister whose statements are read as his own, not the state's.
    names: [Itamar Ben Gvir, Ben-Gvir, Ben Gvir]
  - id: bezalel-smotrich
    name: Bezalel Smotrich
    kind: person
    names: [Smotrich]
  - id: benny-gantz
    name: Benny Gantz
    kind: person
    names: [Gantz]
  - id: yair-lapid
    name: Yair Lapid
    kind: person
    names: [Lapid]

  # --- Turkey ---
  - id: recep-tayyip-erdogan
    name: Recep Tayyip Erdogan
    kind: person
    names: ["Recep Tayyip Erdoğan", Tayyip Erdogan, "Tayyip Erdoğan", Erdogan, "Erdoğan", President Erdogan]
    speaks_for: turkey
  - id: hakan-fidan
    name: Hakan Fidan
    kind: person
    names: [Fidan]
    speaks_for: turkey
  - id: pkk
    name: Kurdistan Workers Party
    kind: armed-group
    # "Kurdistan Workers' Party" (with the plural possessive) is not listed: the matcher stops at
    # an apostrophe that ends a word, so that spelling cannot match as one phrase.
    names: [Kurdistan Workers Party militants, PKK militants]
    abbreviations: [PKK]
  - id: sinjar-resistance-units
    name: Sinjar Resistance Units
    kind: armed-group
    names: [Yazidi Sinjar Resistance Units]
    abbreviations: [YBS]
  - id: justice-and-development-party
    name: Justice and Development Party
    kind: party
    names: [AK Party, "Erdogan's AK Party", "Erdogan's Justice and Development Party", ruling AK Party]
    abbreviations: [AKP]
    members_of:
      - actor: turkey
  - id: nationalist-movement-party
    name: Nationalist Movement Party
    kind: party
    names: [Turkish Nationalist Movement Party]
    abbreviations: [MHP]
    members_of:
      - actor: turkey
  - id: republican-peoples-party
    name: "Republican People's Party"
    kind: party
    names: ["Turkey's main opposition Republican People's Party"]
    abbreviations: [CHP]
    members_of:
      - actor: turkey
  - id: dem-party
    name: DEM Party
    kind: party
    # The pro-Kurdish party, successor of the HDP (Peoples' Democratic Party).
    names: [Peoples Equality and Democracy Party, pro-Kurdish DEM Party, Kurdish DEM Party, Peoples Democratic Party, pro-Kurdish HDP]
    abbreviations: [HDP]
    members_of:
      - actor: turkey
  - id: abdullah-ocalan
    name: Abdullah Ocalan
    kind: person
    names: ["Abdullah Öcalan", Ocalan, "Öcalan"]
    speaks_for: pkk
  - id: gulen-movement
    name: Gulen movement
    kind: organization
    names: ["Gülen movement", Hizmet, Hizmet movement, Fethullah Terrorist Organization, Gulenists, "Gülenists"]
    abbreviations: [FETO, "FETÖ"]
  - id: fethullah-gulen
    name: Fethullah Gulen
    kind: person
    names: ["Fethullah Gülen", Gulen, "Gülen"]
    speaks_for: gulen-movement

  # --- Gulf, Egypt, Jordan ---
  - id: mohammed-bin-salman
    name: Mohammed bin Salman
    kind: person
    # "MBS" is a name, not an abbreviation, so that it resolves to whom he speaks for.
    names: [Mohammad bin Salman, Muhammad bin Salman, Crown Prince Mohammed bin Salman, Saudi Crown Prince Mohammed bin Salman, Saudi crown prince, MBS]
    speaks_for: saudi-arabia
  - id: king-salman
    name: King Salman
    kind: person
    names: [Salman bin Abdulaziz, King Salman bin Abdulaziz, Salman bin Abdulaziz Al Saud]
    speaks_for: saudi-arabia
  - id: faisal-bin-farhan
    name: Faisal bin Farhan
    kind: person
    names: [Prince Faisal bin Farhan, Faisal bin Farhan Al Saud]
    speaks_for: saudi-arabia
  - id: mohamed-bin-zayed
    name: Mohamed bin Zayed
    kind: person
    names: [Mohammed bin Zayed, Mohamed bin Zayed Al Nahyan, Sheikh Mohamed bin Zayed, Mohammed bin Zayed Al Nahyan, MBZ]
    speaks_for: united-arab-emirates
  - id: tamim-bin-hamad-al-thani
    name: Tamim bin Hamad Al Thani
    kind: person
    names: [Sheikh Tamim bin Hamad Al Thani, Emir Tamim, Sheikh Tamim, Tamim bin Hamad]
    speaks_for: qatar
  - id: mohammed-bin-abdulrahman-al-thani
    name: Mohammed bin Abdulrahman Al Thani
    kind: person
    names: [Sheikh Mohammed bin Abdulrahman Al Thani, Mohammed bin Abdulrahman, Sheikh Mohammed bin Abdulrahman]
    speaks_for: qatar
  - id: abdel-fattah-el-sisi
    name: Abdel Fattah el-Sisi
    kind: person
    names: [Abdel-Fattah el-Sisi, Abdel Fattah al-Sisi, Abdel-Fattah al-Sisi, Abdel Fattah el-Sissi, el-Sisi, el-Sissi, al-Sisi, Sisi, President Sisi]
    speaks_for: egypt
  - id: king-abdullah-ii
    name: King Abdullah II
    kind: person
    names: [Abdullah II, King Abdullah II of Jordan, "Jordan's King Abdullah", Jordanian King Abdullah]
    speaks_for: jordan
  - id: ayman-safadi
    name: Ayman Safadi
    kind: person
    names: [Ayman al-Safadi, Safadi]
    speaks_for: jordan
  - id: badr-albusaidi
    name: Badr Albusaidi
    kind: person
    names: [Badr al-Busaidi, Sayyid Badr Albusaidi]
    speaks_for: oman

  # --- Libya and Sudan: the rival authorities ---
  - id: libyan-government
    name: Government of National Unity
    kind: government
    # The Tripoli-based, UN-recognised government; its predecessor the Government of National
    # Accord (2016–2021) is listed as a name of it.
    names: [Tripoli-based Government of National Unity, Libyan Government of National Unity, Libyan government, "Libya's government", "Libya's internationally recognized government", "Libya's UN-recognised government", "Libya's UN-recognized government", Tripoli-based government, Tripoli government, government in Tripoli, Government of National Accord]
    abbreviations: [GNU, GNA]
    members_of:
      - actor: libya
  - id: libyan-national-army
    name: Libyan National Army
    kind: armed-group
    names: [Libyan Arab Armed Forces, self-styled Libyan National Army, "Haftar's forces", Haftar forces, "Khalifa Haftar's forces", eastern-based Libyan National Army, "Libya's eastern-based forces", eastern Libyan forces]
    abbreviations: [LNA, LAAF]
    members_of:
      - actor: libya
  - id: abdul-hamid-dbeibah
    name: Abdul Hamid Dbeibah
    kind: person
    names: [Abdulhamid Dbeibah, Abdul Hamid Dbeibeh, Abdulhamid al-Dbeibah, Dbeibah, Dbeibeh]
    speaks_for: libyan-government
  - id: khalifa-haftar
    name: Khalifa Haftar
    kind: person
    names: [Khalifa Hifter, Field Marshal Khalifa Haftar, Haftar, Hifter]
    speaks_for: libyan-national-army
  - id: sudanese-government
    name: Sudanese government
    kind: government
    # The army-led government, based in Port Sudan during the war; its armed forces and the RSF
    # are in the world part.
    names: ["Sudan's government", "Sudan's army-led government", army-led government in Sudan, Sudanese army-led government, army-aligned government, army-backed government in Sudan, Port Sudan government, government in Port Sudan, Port Sudan-based government, Sovereignty Council, Transitional Sovereignty Council, "Sudan's Sovereignty Council", Sovereign Council, "Sudan's Sovereign Council", Sudanese authorities, "Sudan's authorities"]
    capitals: [Port Sudan]
    members_of:
      - actor: sudan

  # --- Global jihadist organisations ---
  - id: islamic-state
    name: Islamic State
    kind: armed-group
    names: [Islamic State group, Islamic State of Iraq and Syria, Islamic State of Iraq and the Levant, Islamic State of Iraq and al-Sham, Islamic State militants, Islamic State fighters, Islamic State jihadists, Islamic State caliphate, Daesh, Daish, "Da'esh", "Da'ish", ISIS militants, ISIS fighters, IS militants, IS fighters, IS group, ISIS group, Islamic State of Iraq]
    abbreviations: [IS, ISIS, ISIL]
  - id: islamic-state-khorasan
    name: Islamic State Khorasan
    kind: armed-group
    names: [Islamic State Khorasan Province, Islamic State-Khorasan, Islamic State in Khorasan, "Islamic State's Afghan affiliate"]
    abbreviations: [ISIS-K, ISKP, IS-K, ISIL-K]
    members_of:
      - actor: islamic-state
  - id: islamic-state-west-africa-province
    name: Islamic State West Africa Province
    kind: armed-group
    names: [Islamic State West Africa, "Islamic State's West Africa Province", Islamic State in West Africa]
    abbreviations: [ISWAP]
    members_of:
      - actor: islamic-state
  - id: islamic-state-sahel
    name: Islamic State Sahel Province
    kind: armed-group
    names: [Islamic State in the Greater Sahara, Islamic State Sahel, Islamic State in the Sahel]
    abbreviations: [ISGS]
    members_of:
      - actor: islamic-state
  - id: abu-bakr-al-baghdadi
    name: Abu Bakr al-Baghdadi
    kind: person
    # Leader of the Islamic State until he was killed on 2019-10-27.
    names: [al-Baghdadi, Baghdadi]
    speaks_for: islamic-state
  - id: al-qaeda
    name: al-Qaeda
    kind: armed-group
    names: [al-Qaida, al Qaeda, al Qaida, "al-Qa'ida", "al-Qa'eda", Al-Qaeda, Al Qaeda, Alqaeda, al-Qaeda network, al-Qaeda central]
  - id: aqap
    name: al-Qaeda in the Arabian Peninsula
    kind: armed-group
    names: [al-Qaida in the Arabian Peninsula, al Qaeda in the Arabian Peninsula, Al-Qaeda in the Arabian Peninsula]
    abbreviations: [AQAP]
    members_of:
      - actor: al-qaeda
  - id: aqim
    name: al-Qaeda in the Islamic Maghreb
    kind: armed-group
    names: [al-Qaida in the Islamic Maghreb, al Qaeda in the Islamic Maghreb, Al-Qaeda in the Islamic Maghreb]
    abbreviations: [AQIM]
    members_of:
      - actor: al-qaeda
  - id: osama-bin-laden
    name: Osama bin Laden
    kind: person
    names: [Usama bin Laden, Osama bin Ladin, bin Laden]
    speaks_for: al-qaeda
  - id: ayman-al-zawahiri
    name: Ayman al-Zawahiri
    kind: person
    names: [Ayman al-Zawahri, al-Zawahiri, Zawahiri]
    speaks_for: al-qaeda
  - id: muslim-brotherhood
    name: Muslim Brotherhood
    kind: organization
    names: [Society of the Muslim Brothers, Muslim Brothers, Egyptian Muslim Brotherhood]

  # --- The U.S.-led coalition ---
  - id: us-led-coalition
    name: U.S.-led coalition
    kind: coalition
    names: [US-led coalition, American-led coalition, U.S.-led coalition against IS, U.S.-led coalition against the Islamic State, U.S.-led coalition against ISIS, US-led coalition against Islamic State, international coalition, international coalition against IS, international coalition against the Islamic State, international anti-IS coalition, Global Coalition against Daesh, Global Coalition to Defeat ISIS, Global Coalition to Defeat Daesh, anti-IS coalition, anti-ISIS coalition, anti-ISIL coalition, anti-Islamic State coalition, anti-jihadist coalition, coalition against the Islamic State, coalition against IS, coalition against ISIS, Operation Inherent Resolve, Combined Joint Task Force-Operation Inherent Resolve, coalition forces in Iraq, coalition troops in Iraq, U.S.-led coalition forces, US-led coalition forces]
    abbreviations: [CJTF-OIR, OIR]
  - id: centcom
    name: U.S. Central Command
    kind: organization
    names: [US Central Command, United States Central Command, Central Command, U.S. CENTCOM]
    abbreviations: [CENTCOM, Centcom]
    members_of:
      - actor: united-states

  # --- Think tanks and monitors most quoted on the region ---
  - id: chatham-house
    name: Chatham House
    kind: organization
    names: [Royal Institute of International Affairs]
  - id: washington-institute
    name: Washington Institute for Near East Policy
    kind: organization
    names: [Washington Institute]
  - id: carnegie-endowment
    name: Carnegie Endowment for International Peace
    kind: organization
    names: [Carnegie Endowment, Carnegie Middle East Center]
  - id: brookings-institution
    name: Brookings Institution
    kind: organization
    names: [Brookings]
  - id: council-on-foreign-relations
    name: Council on Foreign Relations
    kind: organization
    abbreviations: [CFR]
  - id: international-crisis-group
    name: International Crisis Group
    kind: organization
    names: [Crisis Group]
    abbreviations: [ICG]
  - id: institute-for-the-study-of-war
    name: Institute for the Study of War
    kind: organization
    abbreviations: [ISW]
  - id: atlantic-council
    name: Atlantic Council
    kind: organization
  - id: rand-corporation
    name: RAND Corporation
    kind: organization
    names: [Rand Corporation, RAND Corp]
    abbreviations: [RAND]
  - id: csis
    name: Center for Strategic and International Studies
    kind: organization
    abbreviations: [CSIS]
  - id: iiss
    name: International Institute for Strategic Studies
    kind: organization
    abbreviations: [IISS]
  - id: sipri
    name: Stockholm International Peace Research Institute
    kind: organization
    abbreviations: [SIPRI]
  - id: middle-east-institute
    name: Middle East Institute
    kind: organization
  - id: acled
    name: Armed Conflict Location and Event Data Project
    kind: organization
    names: [Armed Conflict Location and Event Data]
    abbreviations: [ACLED]
  - id: soufan-center
    name: Soufan Center
    kind: organization
    names: [The Soufan Center, Soufan Group]
  - id: century-international
    name: Century International
    kind: organization
    names: [The Century Foundation]
"""#
}
