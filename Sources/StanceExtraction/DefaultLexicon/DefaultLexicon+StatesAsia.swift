extension DefaultLexicon {
    /// The UN member states of South, Central, East and Southeast Asia and the Caucasus, and Taiwan,
    /// with their ASEAN, SCO, CSTO, BRICS, G7/G20 and Quad memberships.
    static let statesAsiaYAML = #"""
format: 1
actors:
  - id: china
    name: China
    kind: state
    # The People's Liberation Army and the coast guard are the state's, as news reads them.
    names: ["People's Republic of China", mainland China, Zhongnanhai, "People's Liberation Army", China Coast Guard, Chinese coast guard]
    abbreviations: [PRC, PLA]
    demonyms: [Chinese]
    capitals: [Beijing]
    members_of:
      - actor: brics
      - actor: sco
      - actor: g20
  - id: taiwan
    name: Taiwan
    kind: state
    # "Republic of China" is Taiwan's official name; "People's Republic of China" is the longer form.
    names: [Republic of China, Chinese Taipei]
    demonyms: [Taiwanese]
    capitals: [Taipei]
  - id: japan
    name: Japan
    kind: state
    demonyms: [Japanese]
    capitals: [Tokyo]
    members_of:
      - actor: g7
      - actor: g20
      - actor: quad
  - id: south-korea
    name: South Korea
    kind: state
    # "Korea" and "Korean" alone are given to South Korea, the more likely reading in news.
    names: [Republic of Korea, Korea, Blue House]
    abbreviations: [ROK]
    demonyms: [South Korean, South Koreans, Korean]
    capitals: [Seoul]
    members_of:
      - actor: g20
  - id: north-korea
    name: North Korea
    kind: state
    names: ["Democratic People's Republic of Korea", "Korean People's Army"]
    abbreviations: [DPRK]
    demonyms: [North Korean, North Koreans]
    capitals: [Pyongyang]
  - id: mongolia
    name: Mongolia
    kind: state
    demonyms: [Mongolian, Mongolians]
    capitals: [Ulaanbaatar, Ulan Bator]
  - id: india
    name: India
    kind: state
    names: [Republic of India, Bharat]
    demonyms: [Indian, Indians]
    capitals: [New Delhi]
    members_of:
      - actor: brics
      - actor: sco
        from: 2017-06-09
      - actor: g20
      - actor: quad
  - id: pakistan
    name: Pakistan
    kind: state
    names: [Islamic Republic of Pakistan, Inter-Services Intelligence, Pakistani military intelligence]
    abbreviations: [ISI]
    demonyms: [Pakistani, Pakistanis]
    capitals: [Islamabad, Rawalpindi]
    members_of:
      - actor: sco
        from: 2017-06-09
  - id: afghanistan
    name: Afghanistan
    kind: state
    # No government actor: "the Afghan government" means the Islamic Republic before 2021-08-15 and
    # the Taliban after; the Taliban (world part) are a member of Afghanistan from that date.
    names: [Islamic Republic of Afghanistan]
    demonyms: [Afghan, Afghans]
    capitals: [Kabul]
  - id: bangladesh
    name: Bangladesh
    kind: state
    names: ["People's Republic of Bangladesh"]
    demonyms: [Bangladeshi, Bangladeshis]
    capitals: [Dhaka]
  - id: bhutan
    name: Bhutan
    kind: state
    names: [Kingdom of Bhutan]
    demonyms: [Bhutanese]
    capitals: [Thimphu]
  - id: nepal
    name: Nepal
    kind: state
    demonyms: [Nepali, Nepalis, Nepalese]
    capitals: [Kathmandu]
  - id: sri-lanka
    name: Sri Lanka
    kind: state
    names: [Democratic Socialist Republic of Sri Lanka]
    demonyms: [Sri Lankan, Sri Lankans]
    capitals: [Colombo]
  - id: maldives
    name: Maldives
    kind: state
    names: [The Maldives, Republic of Maldives]
    demonyms: [Maldivian, Maldivians]
    # Only the accented "Malé": the unaccented spelling is the English word "male".
    capitals: ["Malé"]
  - id: myanmar
    name: Myanmar
    kind: state
    names: [Burma, Republic of the Union of Myanmar]
    demonyms: [Burmese]
    capitals: [Naypyitaw, Naypyidaw, Nay Pyi Taw]
    # The military has ruled since the coup of 2021-02-01 (world part).
    government: myanmar-military
    members_of:
      - actor: asean
        from: 1997-07-23
  - id: thailand
    name: Thailand
    kind: state
    names: [Kingdom of Thailand]
    demonyms: [Thai, Thais]
    capitals: [Bangkok]
    members_of:
      - actor: asean
        from: 1967-08-08
  - id: laos
    name: Laos
    kind: state
    names: ["Lao People's Democratic Republic", Lao PDR]
    demonyms: [Lao, Laotian, Laotians]
    capitals: [Vientiane]
    members_of:
      - actor: asean
        from: 1997-07-23
  - id: cambodia
    name: Cambodia
    kind: state
    names: [Kingdom of Cambodia]
    demonyms: [Cambodian, Cambodians]
    capitals: [Phnom Penh]
    members_of:
      - actor: asean
        from: 1999-04-30
  - id: vietnam
    name: Vietnam
    kind: state
    names: [Viet Nam, Socialist Republic of Vietnam]
    demonyms: [Vietnamese]
    capitals: [Hanoi]
    members_of:
      - actor: asean
        from: 1995-07-28
  - id: malaysia
    name: Malaysia
    kind: state
    demonyms: [Malaysian, Malaysians]
    capitals: [Kuala Lumpur, Putrajaya]
    members_of:
      - actor: asean
        from: 1967-08-08
      - actor: opec-plus
        from: 2016-12
  - id: singapore
    name: Singapore
    kind: state
    names: [Republic of Singapore]
    demonyms: [Singaporean, Singaporeans]
    members_of:
      - actor: asean
        from: 1967-08-08
  - id: indonesia
    name: Indonesia
    kind: state
    names: [Republic of Indonesia]
    demonyms: [Indonesian, Indonesians]
    capitals: [Jakarta]
    members_of:
      - actor: asean
        from: 1967-08-08
      - actor: g20
      - actor: brics
        from: 2025-01-06
  - id: philippines
    name: Philippines
    kind: state
    names: [The Philippines, Republic of the Philippines, "Malacañang", Malacanang]
    demonyms: [Filipino, Filipinos, Filipina, Philippine]
    capitals: [Manila]
    members_of:
      - actor: asean
        from: 1967-08-08
  - id: brunei
    name: Brunei
    kind: state
    names: [Brunei Darussalam]
    demonyms: [Bruneian, Bruneians]
    capitals: [Bandar Seri Begawan]
    members_of:
      - actor: asean
        from: 1984-01-07
      - actor: opec-plus
        from: 2016-12
  - id: east-timor
    name: East Timor
    kind: state
    names: [Timor-Leste, Democratic Republic of Timor-Leste]
    demonyms: [Timorese, East Timorese]
    capitals: [Dili]
    members_of:
      - actor: asean
        from: 2025-10-26
  - id: kazakhstan
    name: Kazakhstan
    kind: state
    names: [Republic of Kazakhstan]
    demonyms: [Kazakh, Kazakhs, Kazakhstani, Kazakhstanis]
    capitals: [Astana]
    members_of:
      - actor: sco
      - actor: csto
      - actor: eurasian-economic-union
      - actor: opec-plus
        from: 2016-12
  - id: kyrgyzstan
    name: Kyrgyzstan
    kind: state
    names: [Kyrgyz Republic]
    demonyms: [Kyrgyz, Kyrgyzstani]
    capitals: [Bishkek]
    members_of:
      - actor: sco
      - actor: csto
      - actor: eurasian-economic-union
  - id: tajikistan
    name: Tajikistan
    kind: state
    names: [Republic of Tajikistan]
    demonyms: [Tajik, Tajiks, Tajikistani]
    capitals: [Dushanbe]
    members_of:
      - actor: sco
      - actor: csto
  - id: turkmenistan
    name: Turkmenistan
    kind: state
    demonyms: [Turkmen]
    capitals: [Ashgabat]
  - id: uzbekistan
    name: Uzbekistan
    kind: state
    names: [Republic of Uzbekistan]
    demonyms: [Uzbek, Uzbeks, Uzbekistani]
    capitals: [Tashkent]
    members_of:
      - actor: sco
  - id: armenia
    name: Armenia
    kind: state
    names: [Republic of Armenia]
    demonyms: [Armenian, Armenians]
    capitals: [Yerevan]
    members_of:
      # Armenia froze its participation in the CSTO in 2024 but has not left it.
      - actor: csto
      - actor: eurasian-economic-union
  - id: azerbaijan
    name: Azerbaijan
    kind: state
    names: [Republic of Azerbaijan]
    demonyms: [Azerbaijani, Azerbaijanis, Azeri, Azeris]
    capitals: [Baku]
    members_of:
      - actor: opec-plus
        from: 2016-12
  - id: georgia
    name: Georgia
    kind: state
    # Also a US state; in international news "Georgia" is mostly the country.
    demonyms: [Georgian, Georgians]
    capitals: [Tbilisi]
"""#
}
