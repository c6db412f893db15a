extension DefaultLexicon {
    /// Named, dated events that articles refer to, with the phrases news uses for them.
    ///
    /// A war or crisis is dated by its start (so "since the Gaza war" resolves to 2023-10-07); an
    /// alias is listed under one event only, and bare words that name many events ("the war", "the
    /// ceasefire", "the 2024 election") are left out. Bare dates are aliases only for October 7,
    /// whose date is its name in news: a resolver reading event phrases before dates would
    /// otherwise turn every "January 6" into the Capitol attack.
    static let defaultEventsYAML = #"""
format: 1
events:
  # --- Before 2001 ---
  - id: six-day-war
    name: Six-Day War
    date: 1967-06-05
    aliases: [Six Day War, 1967 war, 1967 Arab-Israeli war, June 1967 war]
  - id: yom-kippur-war
    name: Yom Kippur War
    date: 1973-10-06
    aliases: [1973 war, 1973 Arab-Israeli war, October War, Ramadan War]
  - id: iranian-revolution
    name: Iranian Revolution
    date: 1979-02-11
    aliases: [Islamic Revolution, 1979 revolution, 1979 Islamic Revolution, "Iran's 1979 revolution", 1979 Iranian revolution]
  - id: fall-of-the-berlin-wall
    name: Fall of the Berlin Wall
    date: 1989-11-09
    aliases: [fall of the Berlin Wall, collapse of the Berlin Wall, Berlin Wall fell]
  - id: iraqi-invasion-of-kuwait
    name: Iraqi invasion of Kuwait
    date: 1990-08-02
    aliases: [invasion of Kuwait, "Iraq's invasion of Kuwait", 1990 invasion of Kuwait, "Saddam's invasion of Kuwait", "Saddam Hussein's invasion of Kuwait"]
  - id: gulf-war
    name: Gulf War
    date: 1991-01-17
    aliases: [1991 Gulf War, first Gulf War, Persian Gulf War, Operation Desert Storm, Desert Storm]
  - id: dissolution-of-the-soviet-union
    name: Dissolution of the Soviet Union
    date: 1991-12-26
    aliases: [collapse of the Soviet Union, fall of the Soviet Union, breakup of the Soviet Union, break-up of the Soviet Union, Soviet collapse, end of the Soviet Union, collapse of the USSR]
  - id: oslo-accords
    name: Oslo Accords
    date: 1993-09-13
    aliases: [Oslo Accord, Oslo agreement, Oslo agreements, Oslo peace accords, Oslo I Accord]

  # --- 2001–2013 ---
  - id: september-11-attacks
    name: September 11 attacks
    date: 2001-09-11
    aliases: [9/11, 9/11 attacks, Sept. 11 attacks, "September 11, 2001", attacks of September 11, "Sept. 11, 2001"]
  - id: us-invasion-of-afghanistan
    name: U.S.-led invasion of Afghanistan
    date: 2001-10-07
    aliases: [US-led invasion of Afghanistan, U.S. invasion of Afghanistan, US invasion of Afghanistan, invasion of Afghanistan, 2001 invasion of Afghanistan, Operation Enduring Freedom]
  - id: us-invasion-of-iraq
    name: U.S.-led invasion of Iraq
    date: 2003-03-20
    aliases: [US-led invasion of Iraq, U.S. invasion of Iraq, US invasion of Iraq, American invasion of Iraq, American-led invasion of Iraq, invasion of Iraq, 2003 invasion, 2003 invasion of Iraq, 2003 U.S.-led invasion, 2003 US-led invasion, Iraq war, 2003 Iraq war, Operation Iraqi Freedom]
  - id: fall-of-baghdad-2003
    name: Fall of Saddam Hussein
    date: 2003-04-09
    aliases: [fall of Baghdad, fall of Saddam, fall of Saddam Hussein, "Saddam's fall", "Saddam Hussein's fall", ouster of Saddam Hussein, "Saddam's ouster", "Saddam Hussein's ouster", overthrow of Saddam Hussein, toppling of Saddam Hussein, post-Saddam]
  - id: lebanon-war-2006
    name: 2006 Lebanon war
    date: 2006-07-12
    aliases: [2006 war, July War, Second Lebanon War, 2006 Israel-Hezbollah war, 2006 war with Hezbollah, 2006 war in Lebanon]
  - id: unsc-resolution-1701
    name: UN Security Council Resolution 1701
    date: 2006-08-11
    aliases: [Resolution 1701, UNSC Resolution 1701, U.N. Resolution 1701, UN Resolution 1701, Security Council Resolution 1701]
  - id: hamas-takeover-of-gaza
    name: Hamas takeover of Gaza
    date: 2007-06
    aliases: ["Hamas's takeover of Gaza", 2007 takeover of Gaza, Hamas seized control of Gaza, Hamas seized Gaza, Hamas seizure of Gaza]
  - id: arab-spring
    name: Arab Spring
    date: 2010-12-17
    aliases: [Arab uprisings, Arab Spring uprisings, Arab Spring protests, 2011 Arab uprisings]
  - id: syrian-civil-war
    name: Syrian civil war
    date: 2011-03-15
    aliases: ["Syria's civil war", Syrian uprising, "Syria's uprising", Syrian revolution, Syrian war, "Syria's war", war in Syria, start of the Syrian civil war, 2011 uprising in Syria, Syrian conflict]
  - id: us-withdrawal-from-iraq-2011
    name: U.S. withdrawal from Iraq
    date: 2011-12-18
    aliases: [US withdrawal from Iraq, American withdrawal from Iraq, 2011 withdrawal, 2011 U.S. withdrawal, 2011 US withdrawal, withdrawal of U.S. troops in 2011]
  - id: ghouta-chemical-attack
    name: Ghouta chemical attack
    date: 2013-08-21
    aliases: [Ghouta attack, 2013 chemical attack, chemical attack on Ghouta, sarin attack in Ghouta, 2013 sarin attack]

  # --- 2014–2019 ---
  - id: ouster-of-yanukovych
    name: Ouster of Viktor Yanukovych
    date: 2014-02-22
    aliases: ["Yanukovych's ouster", ouster of Yanukovych, Maidan revolution, Revolution of Dignity, Euromaidan revolution]
  - id: crimea-annexation
    name: Russian annexation of Crimea
    date: 2014-03-18
    aliases: [annexation of Crimea, "Russia's annexation of Crimea", Crimea annexation, seizure of Crimea, "Russia's seizure of Crimea", 2014 annexation of Crimea, 2014 annexation]
  - id: fall-of-mosul
    name: Fall of Mosul
    date: 2014-06-10
    aliases: [fall of Mosul, "Mosul's fall", capture of Mosul, Islamic State capture of Mosul, "Islamic State's capture of Mosul", IS capture of Mosul, ISIS capture of Mosul, ISIS takeover of Mosul, IS seizure of Mosul, Mosul fell]
  - id: camp-speicher-massacre
    name: Camp Speicher massacre
    date: 2014-06-12
    aliases: [Speicher massacre]
  - id: islamic-state-caliphate-declared
    name: Islamic State declares caliphate
    date: 2014-06-29
    aliases: [IS declares caliphate, ISIS declares caliphate, declaration of the caliphate, proclamation of the caliphate, caliphate declaration, Islamic State declared a caliphate, declared a caliphate]
  - id: sinjar-massacre
    name: Sinjar massacre
    date: 2014-08-03
    aliases: [Yazidi genocide, Sinjar genocide, genocide of the Yazidis, IS attack on Sinjar, Islamic State attack on Sinjar, ISIS attack on Sinjar]
  - id: houthi-capture-of-sanaa
    name: Houthi capture of Sanaa
    date: 2014-09-21
    aliases: [Houthi takeover of Sanaa, fall of Sanaa, Houthis seized Sanaa, Houthi seizure of Sanaa]
  - id: minsk-ii
    name: Minsk II agreement
    date: 2015-02-12
    aliases: [Minsk II, Minsk agreements, Minsk accords, Minsk peace deal, Minsk deal]
  - id: saudi-led-intervention-in-yemen
    name: Saudi-led intervention in Yemen
    date: 2015-03-26
    aliases: [Saudi-led intervention, Saudi-led military intervention, Operation Decisive Storm, Saudi-led war in Yemen]
  - id: jcpoa
    name: Iran nuclear deal
    date: 2015-07-14
    aliases: [JCPOA, Joint Comprehensive Plan of Action, 2015 nuclear deal, 2015 Iran nuclear deal, nuclear deal with Iran, 2015 deal, Iran deal, 2015 nuclear agreement]
  - id: russian-intervention-in-syria
    name: Russian intervention in Syria
    date: 2015-09-30
    aliases: ["Russia's intervention in Syria", "Russia's military intervention in Syria", Russian military intervention in Syria, 2015 Russian intervention]
  - id: unsc-resolution-2254
    name: UN Security Council Resolution 2254
    date: 2015-12-18
    aliases: [Resolution 2254, UNSC Resolution 2254, UN Resolution 2254, U.N. Resolution 2254, Security Council Resolution 2254]
  - id: brexit-referendum
    name: Brexit referendum
    date: 2016-06-23
    aliases: [Brexit vote, EU referendum, 2016 referendum on EU membership, 2016 Brexit referendum]
  - id: south-china-sea-arbitral-ruling
    name: South China Sea arbitral ruling
    date: 2016-07-12
    aliases: [South China Sea arbitration ruling, arbitral ruling, 2016 arbitral ruling, 2016 arbitration ruling, arbitral award, 2016 arbitral award, Hague ruling, 2016 Hague ruling, Permanent Court of Arbitration ruling, 2016 ruling on the South China Sea]
  - id: turkish-coup-attempt-2016
    name: 2016 coup attempt in Turkey
    date: 2016-07-15
    aliases: [2016 coup attempt, July 2016 coup attempt, 2016 failed coup, failed coup attempt in Turkey, July 15 coup attempt, attempted coup in 2016, 2016 attempted coup]
  - id: us-presidential-election-2016
    name: 2016 U.S. presidential election
    date: 2016-11-08
    aliases: [2016 US presidential election, 2016 presidential election, 2016 U.S. election, 2016 US election]
  - id: trump-first-inauguration
    name: "Trump's first inauguration"
    date: 2017-01-20
    aliases: ["Trump's first term", "Donald Trump's first inauguration", "start of Trump's first term"]
  - id: liberation-of-mosul
    name: Liberation of Mosul
    date: 2017-07-10
    aliases: [liberation of Mosul, "Mosul's liberation", recapture of Mosul, retaking of Mosul, Mosul was liberated]
  - id: kurdistan-independence-referendum
    name: Kurdistan independence referendum
    date: 2017-09-25
    aliases: [Kurdish independence referendum, 2017 independence referendum, 2017 Kurdish referendum, independence referendum in Iraqi Kurdistan, Kurdish independence vote]
  - id: iraq-victory-over-islamic-state
    name: Iraq declares victory over the Islamic State
    date: 2017-12-09
    aliases: [victory over the Islamic State, victory over IS, victory over ISIS, victory over Daesh, defeat of the Islamic State in Iraq, territorial defeat of IS in Iraq, Iraq declared victory over IS, Iraq declared victory over ISIS]
  - id: us-withdrawal-from-jcpoa
    name: U.S. withdrawal from the Iran nuclear deal
    date: 2018-05-08
    aliases: [US withdrawal from the Iran nuclear deal, U.S. withdrawal from the nuclear deal, US withdrawal from the nuclear deal, U.S. withdrawal from the JCPOA, US withdrawal from the JCPOA, U.S. exit from the nuclear deal, "Trump's withdrawal from the nuclear deal", "Trump's withdrawal from the JCPOA", Trump withdrew from the nuclear deal, American withdrawal from the nuclear deal, withdrawal from the 2015 nuclear deal]
  - id: killing-of-jamal-khashoggi
    name: Killing of Jamal Khashoggi
    date: 2018-10-02
    aliases: [murder of Jamal Khashoggi, Khashoggi murder, Khashoggi killing, "Khashoggi's killing", "Khashoggi's murder", killing of Khashoggi, murder of Khashoggi]
  - id: fall-of-baghuz
    name: Fall of Baghuz
    date: 2019-03-23
    aliases: [battle of Baghuz, end of the caliphate, collapse of the caliphate, territorial defeat of the Islamic State, territorial defeat of IS, territorial defeat of ISIS, fall of the caliphate]
  - id: tishreen-protests
    name: Tishreen protests
    date: 2019-10-01
    aliases: [Tishreen movement, Tishreen uprising, October 2019 protests, 2019 protests in Iraq, "Iraq's 2019 protests", 2019 Iraqi protests, October 2019 protest movement]
  - id: turkish-incursion-northeast-syria-2019
    name: Turkish incursion into northeast Syria
    date: 2019-10-09
    aliases: ["Turkey's incursion into northeast Syria", Operation Peace Spring, Turkish offensive in northeast Syria, "Turkey's 2019 offensive", 2019 Turkish offensive, "Turkey's offensive in northeast Syria", Turkish invasion of northeast Syria]
  - id: killing-of-abu-bakr-al-baghdadi
    name: Killing of Abu Bakr al-Baghdadi
    date: 2019-10-27
    aliases: [killing of al-Baghdadi, killing of Baghdadi, death of Abu Bakr al-Baghdadi, death of al-Baghdadi, "Baghdadi's death", raid that killed Baghdadi, Baghdadi raid]

  # --- 2020–2022 ---
  - id: killing-of-qassem-soleimani
    name: Killing of Qassem Soleimani
    date: 2020-01-03
    aliases: [killing of Soleimani, Soleimani killing, "Soleimani's killing", assassination of Qassem Soleimani, assassination of Soleimani, "Soleimani's assassination", Soleimani strike, strike that killed Soleimani, drone strike that killed Soleimani, death of Soleimani, "Soleimani's death", killing of Qasem Soleimani, killing of Soleimani and al-Muhandis, killing of Soleimani and Muhandis]
  - id: iraqi-parliament-vote-to-expel-foreign-troops
    name: Iraqi parliament votes to expel foreign troops
    date: 2020-01-05
    aliases: [parliament vote to expel U.S. troops, vote to expel U.S. troops, vote to expel US troops, vote to expel foreign troops, "Iraqi parliament's vote to expel foreign troops", "parliament's 2020 vote", 2020 parliamentary vote to expel foreign forces, resolution to expel foreign troops]
  - id: iranian-attack-on-ain-al-asad
    name: Iranian missile attack on Ain al-Asad
    date: 2020-01-08
    aliases: [attack on Ain al-Asad, Ain al-Asad strike, Ain al-Asad attack, Operation Martyr Soleimani, Iranian missile strikes on Ain al-Asad]
  - id: brexit
    name: Brexit
    date: 2020-01-31
    aliases: ["Britain's exit from the EU", "Britain's exit from the European Union", "Britain's departure from the EU", "Britain's departure from the European Union", "UK's departure from the EU", "UK's exit from the EU", Britain left the EU, Britain left the European Union]
  - id: covid-19-pandemic
    name: COVID-19 pandemic
    date: 2020-03-11
    aliases: [Covid-19 pandemic, coronavirus pandemic, Covid pandemic, COVID pandemic, outbreak of the coronavirus pandemic]
  - id: beirut-port-explosion
    name: Beirut port explosion
    date: 2020-08-04
    aliases: [Beirut port blast, Beirut explosion, Beirut blast, August 4 explosion, 2020 port explosion, Beirut port disaster]
  - id: abraham-accords
    name: Abraham Accords
    date: 2020-09-15
    aliases: [Abraham Accord, signing of the Abraham Accords]
  - id: us-presidential-election-2020
    name: 2020 U.S. presidential election
    date: 2020-11-03
    aliases: [2020 US presidential election, 2020 presidential election, 2020 U.S. election, 2020 US election]
  - id: capitol-attack
    name: January 6 Capitol attack
    date: 2021-01-06
    aliases: [January 6 attack, Jan. 6 attack, Capitol riot, Jan. 6 riot, storming of the Capitol, attack on the Capitol, "January 6, 2021", U.S. Capitol attack]
  - id: myanmar-coup-2021
    name: Myanmar coup
    date: 2021-02-01
    aliases: [coup in Myanmar, 2021 coup in Myanmar, "Myanmar's 2021 coup", February 2021 coup, military coup in Myanmar, 2021 Myanmar coup]
  - id: taliban-takeover-of-afghanistan
    name: Taliban takeover of Afghanistan
    date: 2021-08-15
    aliases: [Taliban takeover, fall of Kabul, "Taliban's return to power", "Taliban's takeover", "Taliban's seizure of power", Taliban seized power, 2021 Taliban takeover, Taliban return to power, fall of Kabul in 2021]
  - id: us-withdrawal-from-afghanistan
    name: U.S. withdrawal from Afghanistan
    date: 2021-08-30
    aliases: [US withdrawal from Afghanistan, American withdrawal from Afghanistan, withdrawal from Afghanistan, U.S. pullout from Afghanistan, US pullout from Afghanistan, end of the war in Afghanistan]
  - id: iraqi-parliamentary-election-2021
    name: 2021 Iraqi parliamentary election
    date: 2021-10-10
    aliases: [2021 Iraqi parliamentary elections, 2021 Iraqi elections, 2021 Iraqi election, "Iraq's 2021 election", "Iraq's 2021 elections", "Iraq's October 2021 elections", 2021 elections in Iraq]
  - id: sudan-coup-2021
    name: 2021 coup in Sudan
    date: 2021-10-25
    aliases: ["Sudan's 2021 coup", October 2021 coup, 2021 Sudan coup, 2021 military coup in Sudan]
  - id: russian-invasion-of-ukraine
    name: Russian invasion of Ukraine
    date: 2022-02-24
    aliases: ["Russia's invasion of Ukraine", invasion of Ukraine, full-scale invasion, full-scale invasion of Ukraine, "Russia's full-scale invasion", "Russia's invasion", 2022 invasion, February 2022 invasion, "Russia's invasion in February 2022", 2022 invasion of Ukraine, war in Ukraine, Ukraine war, Russia-Ukraine war, "Russia's war in Ukraine", "Russia's war against Ukraine", "Russia's war on Ukraine", special military operation]
  - id: mahsa-amini-protests
    name: Mahsa Amini protests
    date: 2022-09-16
    aliases: [death of Mahsa Amini, "Mahsa Amini's death", "Woman, Life, Freedom protests", "Woman, Life, Freedom movement", 2022 protests in Iran, "Iran's 2022 protests"]
  - id: nord-stream-sabotage
    name: Nord Stream sabotage
    date: 2022-09-26
    aliases: [Nord Stream explosions, Nord Stream pipeline blasts, Nord Stream blasts, sabotage of the Nord Stream pipelines, Nord Stream attack]

  # --- 2023 ---
  - id: finland-joins-nato
    name: Finland joins NATO
    date: 2023-04-04
    aliases: ["Finland's accession to NATO", "Finland's NATO accession", Finland joined NATO]
  - id: sudan-war-begins
    name: Start of the war in Sudan
    date: 2023-04-15
    aliases: [Sudan war, war in Sudan, Sudanese civil war, "Sudan's civil war", "Sudan's war", outbreak of war in Sudan, start of the war in Sudan, war between the army and the RSF, war between the army and the Rapid Support Forces]
  - id: wagner-mutiny
    name: Wagner mutiny
    date: 2023-06-24
    aliases: [Wagner rebellion, Wagner uprising, "Prigozhin's mutiny", Prigozhin mutiny, "Prigozhin's rebellion", "Wagner's march on Moscow", march on Moscow]
  - id: niger-coup-2023
    name: Niger coup
    date: 2023-07-26
    aliases: [coup in Niger, 2023 coup in Niger, July 2023 coup, Nigerien coup, 2023 Niger coup, ouster of Mohamed Bazoum, "Bazoum's ouster", overthrow of Bazoum]
  - id: october-7-attack
    name: Hamas attack on Israel
    date: 2023-10-07
    aliases: [October 7, Oct. 7, "October 7, 2023", October 7 attack, October 7 attacks, Oct. 7 attack, Oct. 7 attacks, 7 October, 7 October attack, 7 October attacks, Hamas-led attack, Hamas-led attack on Israel, Hamas attack, "Hamas's attack on Israel", Hamas attack on southern Israel, Hamas-led attacks, October 7 massacre, Operation Al-Aqsa Flood, Al-Aqsa Flood, start of the Gaza war, outbreak of the Gaza war, Gaza war, war in Gaza, Israel-Hamas war, "Israel's war in Gaza", "Israel's war on Gaza", "Israel's war with Hamas", war between Israel and Hamas]
  - id: israeli-ground-invasion-of-gaza
    name: Israeli ground invasion of Gaza
    date: 2023-10-27
    aliases: [ground invasion of Gaza, "Israel's ground invasion of Gaza", "Israel's ground offensive in Gaza", Israeli ground offensive in Gaza, Israeli ground operation in Gaza]
  - id: red-sea-shipping-attacks
    name: Houthi attacks on Red Sea shipping
    date: 2023-11-19
    aliases: [Galaxy Leader hijacking, seizure of the Galaxy Leader, Houthi attacks on shipping, Red Sea attacks, Red Sea crisis, Houthi Red Sea campaign, Houthi attacks in the Red Sea, attacks on Red Sea shipping]
  - id: gaza-truce-november-2023
    name: November 2023 Gaza truce
    date: 2023-11-24
    aliases: [November 2023 truce, November 2023 ceasefire, first Gaza truce, weeklong truce, week-long truce, November truce]

  # --- 2024 ---
  - id: us-uk-strikes-on-houthis
    name: U.S. and British strikes on the Houthis
    date: 2024-01-12
    aliases: [US-UK strikes on the Houthis, U.S.-British strikes on the Houthis, U.S. and British strikes on Houthi targets, US and British strikes on Houthi targets, Operation Poseidon Archer, first U.S.-led strikes on the Houthis, January 2024 strikes on Yemen]
  - id: tower-22-attack
    name: Tower 22 attack
    date: 2024-01-28
    aliases: [attack on Tower 22, drone attack on Tower 22, Tower 22 drone attack]
  - id: sweden-joins-nato
    name: Sweden joins NATO
    date: 2024-03-07
    aliases: ["Sweden's accession to NATO", "Sweden's NATO accession", Sweden joined NATO]
  - id: damascus-consulate-strike
    name: Israeli strike on the Iranian consulate in Damascus
    date: 2024-04-01
    aliases: [strike on the Iranian consulate in Damascus, "strike on Iran's consulate in Damascus", "Israeli strike on Iran's consulate", Damascus consulate strike, attack on the Iranian consulate in Damascus, "strike on Iran's embassy compound in Damascus"]
  - id: iran-attack-on-israel-april-2024
    name: "Iran's April 2024 attack on Israel"
    date: 2024-04-13
    aliases: ["Iran's April attack", "Iran's April attack on Israel", Iranian attack on Israel in April, April 2024 attack on Israel, "Iran's first direct attack on Israel", Operation True Promise, Iranian missile and drone attack on Israel, "Iran's drone and missile attack on Israel", April 13 attack]
  - id: death-of-ebrahim-raisi
    name: Death of Ebrahim Raisi
    date: 2024-05-19
    aliases: [death of Raisi, "Raisi's death", death of President Raisi, helicopter crash that killed Raisi, Raisi helicopter crash]
  - id: killing-of-ismail-haniyeh
    name: Killing of Ismail Haniyeh
    date: 2024-07-31
    aliases: [killing of Haniyeh, "Haniyeh's killing", assassination of Ismail Haniyeh, assassination of Haniyeh, "Haniyeh's assassination", death of Haniyeh, "Haniyeh's death"]
  - id: kursk-incursion
    name: Ukrainian incursion into Kursk
    date: 2024-08-06
    aliases: [Kursk incursion, "Ukraine's Kursk incursion", "Ukraine's incursion into Kursk", Kursk offensive, "Ukraine's Kursk offensive"]
  - id: pager-attacks
    name: Pager attacks
    date: 2024-09-17
    aliases: [pager attack, pager explosions, exploding pagers, pager blasts, pager and walkie-talkie attacks, pager and walkie-talkie explosions]
  - id: killing-of-hassan-nasrallah
    name: Killing of Hassan Nasrallah
    date: 2024-09-27
    aliases: [killing of Nasrallah, assassination of Hassan Nasrallah, assassination of Nasrallah, "Nasrallah's killing", "Nasrallah's assassination", "Nasrallah's death", death of Nasrallah, death of Hassan Nasrallah]
  - id: israeli-ground-invasion-of-lebanon-2024
    name: Israeli ground invasion of southern Lebanon
    date: 2024-10-01
    aliases: ["Israel's ground invasion of southern Lebanon", Israeli ground invasion of Lebanon, "Israel's ground invasion of Lebanon", ground invasion of southern Lebanon, ground invasion of Lebanon, Israeli ground operation in Lebanon, "Israel's ground offensive in Lebanon", Israeli ground incursion into Lebanon]
  - id: iran-missile-attack-october-2024
    name: "Iran's October 2024 missile attack on Israel"
    date: 2024-10-01
    aliases: ["Iran's October 1 missile attack", "Iran's October 1 attack", October 1 missile attack, Operation True Promise II, True Promise II, "Iran's ballistic missile attack on Israel", Iranian ballistic missile attack on Israel]
  - id: killing-of-yahya-sinwar
    name: Killing of Yahya Sinwar
    date: 2024-10-16
    aliases: [killing of Sinwar, "Sinwar's killing", "Sinwar's death", death of Sinwar, death of Yahya Sinwar]
  - id: israeli-strikes-on-iran-october-2024
    name: Israeli strikes on Iran of October 2024
    date: 2024-10-26
    aliases: ["Israel's October 26 strikes on Iran", "Israel's October strikes on Iran", Israeli strikes on Iran in October, "Israel's retaliatory strikes on Iran", Operation Days of Repentance, October 2024 strikes on Iran]
  - id: us-presidential-election-2024
    name: 2024 U.S. presidential election
    date: 2024-11-05
    aliases: [2024 US presidential election, 2024 presidential election, 2024 U.S. election, 2024 US election, "Trump's reelection", "Trump's re-election", "Trump's 2024 victory", "Trump's victory in the 2024 election"]
  - id: israel-hezbollah-ceasefire-2024
    name: Israel–Hezbollah ceasefire
    date: 2024-11-27
    aliases: [Israel-Hezbollah ceasefire, ceasefire between Israel and Hezbollah, Lebanon ceasefire, ceasefire in Lebanon, November 2024 ceasefire, Lebanon truce, truce in Lebanon, Israel-Hezbollah truce, ceasefire with Hezbollah, November 27 ceasefire]
  - id: fall-of-assad
    name: Fall of Assad
    date: 2024-12-08
    aliases: [fall of Assad, "Assad's fall", Assad falls, "Assad's ouster", ouster of Assad, ouster of Bashar al-Assad, ouster of Bashar Assad, "Assad's removal from power", "fall of Bashar Assad's regime", "fall of Bashar al-Assad's regime", fall of Bashar al-Assad, fall of Bashar Assad, fall of the Assad regime, fall of the Assad government, collapse of the Assad regime, "collapse of Assad's regime", "Assad's overthrow", overthrow of Assad, toppling of Assad, "Assad's toppling", "Assad's collapse", regime change in Syria, post-Assad, "fall of Assad's regime"]

  # --- 2025 ---
  - id: gaza-ceasefire-january-2025
    name: January 2025 Gaza ceasefire
    date: 2025-01-19
    aliases: [January 2025 ceasefire, January ceasefire, ceasefire of January 2025, January 19 ceasefire, January 2025 truce]
  - id: trump-inauguration-2025
    name: "Trump's second inauguration"
    date: 2025-01-20
    aliases: ["Trump's inauguration", "Donald Trump's inauguration", Trump took office, "Trump's return to the White House", "Trump's return to office", "Trump's return to power", "start of Trump's second term", second Trump administration, "Trump's second term"]
  - id: pahalgam-attack
    name: Pahalgam attack
    date: 2025-04-22
    aliases: [Pahalgam massacre, Pahalgam terror attack, attack in Pahalgam, Pahalgam terrorist attack]
  - id: operation-sindoor
    name: Operation Sindoor
    date: 2025-05-07
    aliases: ["India's strikes on Pakistan", Indian strikes on Pakistan, May 2025 India-Pakistan conflict, India-Pakistan conflict of May 2025, India-Pakistan clashes]
  - id: india-pakistan-ceasefire-2025
    name: India–Pakistan ceasefire of May 2025
    date: 2025-05-10
    aliases: [India-Pakistan ceasefire, May 10 ceasefire]
  - id: israel-iran-war-2025
    name: Israel–Iran war
    date: 2025-06-13
    aliases: [twelve-day war, 12-day war, Israel-Iran war, war between Israel and Iran, "Israel's war with Iran", June war with Iran, June 2025 war, Operation Rising Lion, "Israel's June strikes on Iran", Israeli strikes on Iran in June, June 13 strikes]
  - id: us-strikes-on-iranian-nuclear-sites
    name: U.S. strikes on Iranian nuclear sites
    date: 2025-06-22
    aliases: [Operation Midnight Hammer, "U.S. strikes on Iran's nuclear sites", "US strikes on Iran's nuclear sites", US strikes on Iranian nuclear sites, U.S. strikes on Fordow, US strikes on Fordow, American strikes on Fordow, strikes on Fordow, bombing of Fordow, "U.S. bombing of Iran's nuclear facilities", "US bombing of Iran's nuclear facilities", June 22 strikes]
  - id: iranian-attack-on-al-udeid
    name: Iranian missile attack on Al Udeid
    date: 2025-06-23
    aliases: [attack on Al Udeid, strike on Al Udeid Air Base, attack on Al Udeid Air Base, Al Udeid attack]
  - id: israel-iran-ceasefire-2025
    name: Israel–Iran ceasefire
    date: 2025-06-24
    aliases: [Israel-Iran ceasefire, ceasefire between Israel and Iran, June 24 ceasefire, ceasefire with Iran, Israel-Iran truce]
  - id: trump-putin-alaska-summit
    name: Trump–Putin summit in Alaska
    date: 2025-08-15
    aliases: [Alaska summit, Trump-Putin summit in Alaska, Trump-Putin summit in Anchorage, Anchorage summit, summit in Alaska, Alaska meeting]
  - id: israeli-strike-on-doha
    name: Israeli strike on Hamas leaders in Doha
    date: 2025-09-09
    aliases: [Israeli strike on Doha, "Israel's strike on Doha", "Israel's strike on Hamas leaders in Doha", Doha strike, Israeli strike in Qatar, strike on Hamas officials in Doha, attack on Doha]
  - id: un-sanctions-on-iran-reimposed
    name: UN sanctions on Iran reimposed
    date: 2025-09-28
    aliases: [snapback, snapback sanctions, snapback of UN sanctions, reimposition of UN sanctions on Iran, reimposition of U.N. sanctions, return of UN sanctions on Iran]
  - id: trump-gaza-peace-plan
    name: "Trump's Gaza peace plan"
    date: 2025-09-29
    aliases: ["Trump's 20-point plan", 20-point plan, "Trump's peace plan for Gaza", "Trump's Gaza plan", Gaza peace plan, Comprehensive Plan to End the Gaza Conflict]
  - id: gaza-ceasefire-october-2025
    name: October 2025 Gaza ceasefire
    date: 2025-10-10
    aliases: [October 2025 ceasefire, October ceasefire, October 10 ceasefire, ceasefire of October 2025, Trump-brokered ceasefire, Trump-brokered Gaza ceasefire, October 2025 truce]
  - id: fall-of-el-fasher
    name: Fall of El Fasher
    date: 2025-10-26
    aliases: [fall of El Fasher, fall of el-Fasher, "El Fasher's fall", RSF capture of El Fasher, capture of El Fasher, RSF takeover of El Fasher]
  - id: iraqi-parliamentary-election-2025
    name: 2025 Iraqi parliamentary election
    date: 2025-11-11
    aliases: [2025 Iraqi parliamentary elections, 2025 Iraqi elections, 2025 Iraqi election, "Iraq's 2025 election", "Iraq's 2025 elections", "Iraq's November 2025 elections", November 2025 elections in Iraq, 2025 parliamentary elections in Iraq]
"""#
}
