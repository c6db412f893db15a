extension DefaultLexicon {
    /// Frequently reported actors outside the Middle East theatre: leaders and ministers of the major
    /// powers (as of late 2025), heads of international organisations, insurgencies, juntas,
    /// mercenary forces, cartels and the major parties.
    ///
    /// A person's `speaks_for` is the state or organisation their statements express; former
    /// office-holders keep it (the lexicon has no time on `speaks_for`), with their term in a comment.
    static let worldYAML = #"""
format: 1
actors:
  # --- United States ---
  - id: donald-trump
    name: Donald Trump
    kind: person
    # President 2017–2021 and again since 2025-01-20.
    names: [President Trump, President Donald Trump, Trump]
    speaks_for: united-states
  - id: joe-biden
    name: Joe Biden
    kind: person
    # President from 2021-01-20 until 2025-01-20.
    names: [Joseph Biden, President Biden, President Joe Biden, Biden]
    speaks_for: united-states
  - id: kamala-harris
    name: Kamala Harris
    kind: person
    # Vice president until 2025-01-20.
    names: [Vice President Kamala Harris]
    speaks_for: united-states
  - id: jd-vance
    name: JD Vance
    kind: person
    names: [J.D. Vance, Vice President JD Vance, Vice President Vance, Vance]
    speaks_for: united-states
  - id: marco-rubio
    name: Marco Rubio
    kind: person
    names: [Secretary of State Marco Rubio, Rubio]
    speaks_for: united-states
  - id: pete-hegseth
    name: Pete Hegseth
    kind: person
    names: [Hegseth]
    speaks_for: united-states
  - id: steve-witkoff
    name: Steve Witkoff
    kind: person
    names: [Steven Witkoff, Witkoff]
    speaks_for: united-states
  - id: tom-barrack
    name: Tom Barrack
    kind: person
    names: [Thomas Barrack]
    speaks_for: united-states
  - id: keith-kellogg
    name: Keith Kellogg
    kind: person
    speaks_for: united-states
  - id: antony-blinken
    name: Antony Blinken
    kind: person
    # Secretary of State until 2025-01-20.
    names: [Tony Blinken, Blinken]
    speaks_for: united-states
  - id: lloyd-austin
    name: Lloyd Austin
    kind: person
    # Defense Secretary until 2025-01-20.
    speaks_for: united-states
  - id: barack-obama
    name: Barack Obama
    kind: person
    # President 2009–2017; his later statements are his own.
    names: [Obama]
  # --- Russia ---
  - id: vladimir-putin
    name: Vladimir Putin
    kind: person
    names: [President Putin, President Vladimir Putin, Vladimir Vladimirovich Putin, Putin]
    speaks_for: russia
  - id: sergei-lavrov
    name: Sergei Lavrov
    kind: person
    names: [Sergey Lavrov, Lavrov]
    speaks_for: russia
  - id: dmitry-peskov
    name: Dmitry Peskov
    kind: person
    names: [Dmitri Peskov, Peskov]
    speaks_for: russia
  - id: maria-zakharova
    name: Maria Zakharova
    kind: person
    names: [Zakharova]
    speaks_for: russia
  - id: dmitry-medvedev
    name: Dmitry Medvedev
    kind: person
    names: [Dmitri Medvedev, Medvedev]
    speaks_for: russia
  - id: andrei-belousov
    name: Andrei Belousov
    kind: person
    names: [Andrey Belousov, Belousov]
    speaks_for: russia
  - id: sergei-shoigu
    name: Sergei Shoigu
    kind: person
    names: [Sergey Shoigu, Shoigu]
    speaks_for: russia
  - id: kirill-dmitriev
    name: Kirill Dmitriev
    kind: person
    speaks_for: russia
  - id: alexander-lukashenko
    name: Alexander Lukashenko
    kind: person
    names: [Aleksandr Lukashenko, Alyaksandr Lukashenka, Lukashenko]
    speaks_for: belarus
  # --- China, Taiwan, Koreas, Japan ---
  - id: xi-jinping
    name: Xi Jinping
    kind: person
    names: [President Xi, President Xi Jinping, Xi]
    speaks_for: china
  - id: wang-yi
    name: Wang Yi
    kind: person
    speaks_for: china
  - id: li-qiang
    name: Li Qiang
    kind: person
    speaks_for: china
  - id: mao-ning
    name: Mao Ning
    kind: person
    speaks_for: china
  - id: lin-jian
    name: Lin Jian
    kind: person
    speaks_for: china
  - id: guo-jiakun
    name: Guo Jiakun
    kind: person
    speaks_for: china
  - id: lai-ching-te
    name: Lai Ching-te
    kind: person
    names: [William Lai, William Lai Ching-te, President Lai]
    speaks_for: taiwan
  - id: tsai-ing-wen
    name: Tsai Ing-wen
    kind: person
    # President of Taiwan until 2024-05-20.
    speaks_for: taiwan
  - id: kim-jong-un
    name: Kim Jong Un
    kind: person
    names: [Kim Jong-un, Kim Jong-Un]
    speaks_for: north-korea
  - id: kim-yo-jong
    name: Kim Yo Jong
    kind: person
    names: [Kim Yo-jong]
    speaks_for: north-korea
  - id: lee-jae-myung
    name: Lee Jae-myung
    kind: person
    # President of South Korea since 2025-06-04.
    names: [Lee Jae Myung, President Lee Jae-myung]
    speaks_for: south-korea
  - id: yoon-suk-yeol
    name: Yoon Suk Yeol
    kind: person
    # President of South Korea until his removal on 2025-04-04.
    names: [Yoon Suk-yeol, Yoon]
    speaks_for: south-korea
  - id: sanae-takaichi
    name: Sanae Takaichi
    kind: person
    # Prime minister of Japan since 2025-10-21.
    names: [Takaichi]
    speaks_for: japan
  - id: shigeru-ishiba
    name: Shigeru Ishiba
    kind: person
    # Prime minister of Japan from 2024-10-01 to 2025-10-21.
    names: [Ishiba]
    speaks_for: japan
  - id: fumio-kishida
    name: Fumio Kishida
    kind: person
    # Prime minister of Japan until 2024-10-01.
    names: [Kishida]
    speaks_for: japan
  # --- Ukraine ---
  - id: volodymyr-zelensky
    name: Volodymyr Zelensky
    kind: person
    names: [Volodymyr Zelenskyy, Volodymyr Zelenskiy, Volodymyr Zelenskyi, President Zelensky, Zelensky, Zelenskyy, Zelenskiy]
    speaks_for: ukraine
  - id: andrii-sybiha
    name: Andrii Sybiha
    kind: person
    names: [Andriy Sybiha, Sybiha]
    speaks_for: ukraine
  - id: dmytro-kuleba
    name: Dmytro Kuleba
    kind: person
    # Foreign minister until September 2024.
    names: [Kuleba]
    speaks_for: ukraine
  - id: andriy-yermak
    name: Andriy Yermak
    kind: person
    names: [Andrii Yermak, Yermak]
    speaks_for: ukraine
  - id: rustem-umerov
    name: Rustem Umerov
    kind: person
    names: [Umerov]
    speaks_for: ukraine
  - id: yulia-svyrydenko
    name: Yulia Svyrydenko
    kind: person
    names: [Svyrydenko]
    speaks_for: ukraine
  # --- Europe ---
  - id: keir-starmer
    name: Keir Starmer
    kind: person
    names: [Sir Keir Starmer, Prime Minister Keir Starmer, Starmer]
    speaks_for: united-kingdom
  - id: rishi-sunak
    name: Rishi Sunak
    kind: person
    # Prime minister until 2024-07-05.
    names: [Sunak]
    speaks_for: united-kingdom
  - id: david-lammy
    name: David Lammy
    kind: person
    names: [Lammy]
    speaks_for: united-kingdom
  - id: yvette-cooper
    name: Yvette Cooper
    kind: person
    speaks_for: united-kingdom
  - id: john-healey
    name: John Healey
    kind: person
    speaks_for: united-kingdom
  - id: emmanuel-macron
    name: Emmanuel Macron
    kind: person
    names: [President Macron, President Emmanuel Macron, Macron]
    speaks_for: france
  - id: jean-noel-barrot
    name: "Jean-Noël Barrot"
    kind: person
    names: [Jean-Noel Barrot, Barrot]
    speaks_for: france
  - id: sebastien-lecornu
    name: "Sébastien Lecornu"
    kind: person
    names: [Sebastien Lecornu, Lecornu]
    speaks_for: france
  - id: friedrich-merz
    name: Friedrich Merz
    kind: person
    # Chancellor of Germany since 2025-05-06.
    names: [Chancellor Merz, Chancellor Friedrich Merz, Merz]
    speaks_for: germany
  - id: olaf-scholz
    name: Olaf Scholz
    kind: person
    # Chancellor of Germany until 2025-05-06.
    names: [Scholz]
    speaks_for: germany
  - id: johann-wadephul
    name: Johann Wadephul
    kind: person
    names: [Wadephul]
    speaks_for: germany
  - id: boris-pistorius
    name: Boris Pistorius
    kind: person
    names: [Pistorius]
    speaks_for: germany
  - id: giorgia-meloni
    name: Giorgia Meloni
    kind: person
    names: [Meloni]
    speaks_for: italy
  - id: antonio-tajani
    name: Antonio Tajani
    kind: person
    names: [Tajani]
    speaks_for: italy
  - id: pedro-sanchez
    name: "Pedro Sánchez"
    kind: person
    names: [Pedro Sanchez]
    speaks_for: spain
  - id: donald-tusk
    name: Donald Tusk
    kind: person
    names: [Tusk]
    speaks_for: poland
  - id: karol-nawrocki
    name: Karol Nawrocki
    kind: person
    names: [Nawrocki]
    speaks_for: poland
  - id: radoslaw-sikorski
    name: "Radosław Sikorski"
    kind: person
    names: [Radoslaw Sikorski, Sikorski]
    speaks_for: poland
  - id: viktor-orban
    name: "Viktor Orbán"
    kind: person
    names: [Viktor Orban, "Orbán", Orban]
    speaks_for: hungary
  - id: aleksandar-vucic
    name: "Aleksandar Vučić"
    kind: person
    names: [Aleksandar Vucic, "Vučić", Vucic]
    speaks_for: serbia
  - id: nikol-pashinyan
    name: Nikol Pashinyan
    kind: person
    names: [Pashinyan]
    speaks_for: armenia
  - id: ilham-aliyev
    name: Ilham Aliyev
    kind: person
    names: [Aliyev]
    speaks_for: azerbaijan
  - id: pope-leo-xiv
    name: Pope Leo XIV
    kind: person
    # Pope since 2025-05-08.
    names: [Leo XIV, Pope Leo, Robert Prevost, Robert Francis Prevost]
    speaks_for: holy-see
  - id: pope-francis
    name: Pope Francis
    kind: person
    # Pope until his death on 2025-04-21.
    names: [Jorge Mario Bergoglio]
    speaks_for: holy-see
  # --- Heads of international organisations ---
  - id: antonio-guterres
    name: "António Guterres"
    kind: person
    names: [Antonio Guterres, UN Secretary-General Antonio Guterres, Guterres]
    speaks_for: united-nations
  - id: ursula-von-der-leyen
    name: Ursula von der Leyen
    kind: person
    names: [von der Leyen]
    speaks_for: european-commission
  - id: kaja-kallas
    name: Kaja Kallas
    kind: person
    names: [Kallas]
    speaks_for: european-union
  - id: josep-borrell
    name: Josep Borrell
    kind: person
    # EU foreign policy chief until 2024-11-30.
    names: [Borrell]
    speaks_for: european-union
  - id: antonio-costa
    name: "António Costa"
    kind: person
    names: [Antonio Costa]
    speaks_for: european-council
  - id: mark-rutte
    name: Mark Rutte
    kind: person
    # NATO secretary-general since 2024-10-01 (prime minister of the Netherlands before).
    names: [Rutte]
    speaks_for: nato
  - id: jens-stoltenberg
    name: Jens Stoltenberg
    kind: person
    # NATO secretary-general until 2024-10-01.
    names: [Stoltenberg]
    speaks_for: nato
  - id: rafael-grossi
    name: Rafael Grossi
    kind: person
    names: [Rafael Mariano Grossi, Grossi]
    speaks_for: iaea
  - id: tedros-adhanom-ghebreyesus
    name: Tedros Adhanom Ghebreyesus
    kind: person
    names: [Tedros]
    speaks_for: world-health-organization
  - id: philippe-lazzarini
    name: Philippe Lazzarini
    kind: person
    names: [Lazzarini]
    speaks_for: unrwa
  - id: tom-fletcher
    name: Tom Fletcher
    kind: person
    speaks_for: ocha
  - id: volker-turk
    name: "Volker Türk"
    kind: person
    names: [Volker Turk]
    speaks_for: ohchr
  - id: filippo-grandi
    name: Filippo Grandi
    kind: person
    speaks_for: unhcr
  - id: kristalina-georgieva
    name: Kristalina Georgieva
    kind: person
    names: [Georgieva]
    speaks_for: imf
  - id: karim-khan
    name: Karim Khan
    kind: person
    names: [Karim A.A. Khan, Karim Ahmad Khan]
    speaks_for: international-criminal-court
  # --- South Asia ---
  - id: narendra-modi
    name: Narendra Modi
    kind: person
    names: [Prime Minister Modi, Prime Minister Narendra Modi, Modi]
    speaks_for: india
  - id: subrahmanyam-jaishankar
    name: Subrahmanyam Jaishankar
    kind: person
    names: [S Jaishankar, Jaishankar]
    speaks_for: india
  - id: shehbaz-sharif
    name: Shehbaz Sharif
    kind: person
    names: [Shahbaz Sharif, Prime Minister Shehbaz Sharif]
    speaks_for: pakistan
  - id: asim-munir
    name: Asim Munir
    kind: person
    names: [Field Marshal Asim Munir, General Asim Munir, Syed Asim Munir]
    speaks_for: pakistan
  - id: ishaq-dar
    name: Ishaq Dar
    kind: person
    speaks_for: pakistan
  - id: imran-khan
    name: Imran Khan
    kind: person
    speaks_for: pti
  # --- Southeast Asia and Oceania ---
  - id: ferdinand-marcos-jr
    name: Ferdinand Marcos Jr.
    kind: person
    names: [Ferdinand Marcos Jr, Ferdinand Marcos, Bongbong Marcos, President Marcos, Marcos]
    speaks_for: philippines
  - id: prabowo-subianto
    name: Prabowo Subianto
    kind: person
    names: [Prabowo]
    speaks_for: indonesia
  - id: anwar-ibrahim
    name: Anwar Ibrahim
    kind: person
    speaks_for: malaysia
  - id: anthony-albanese
    name: Anthony Albanese
    kind: person
    names: [Albanese]
    speaks_for: australia
  - id: penny-wong
    name: Penny Wong
    kind: person
    speaks_for: australia
  # --- Americas ---
  - id: mark-carney
    name: Mark Carney
    kind: person
    # Prime minister of Canada since 2025-03-14.
    names: [Carney]
    speaks_for: canada
  - id: justin-trudeau
    name: Justin Trudeau
    kind: person
    # Prime minister of Canada until 2025-03-14.
    names: [Trudeau]
    speaks_for: canada
  - id: anita-anand
    name: Anita Anand
    kind: person
    speaks_for: canada
  - id: lula-da-silva
    name: Luiz Inácio Lula da Silva
    kind: person
    names: [Luiz Inacio Lula da Silva, Lula da Silva, President Lula, Lula]
    speaks_for: brazil
  - id: javier-milei
    name: Javier Milei
    kind: person
    names: [Milei]
    speaks_for: argentina
  - id: claudia-sheinbaum
    name: Claudia Sheinbaum
    kind: person
    names: [Sheinbaum]
    speaks_for: mexico
  - id: nicolas-maduro
    name: "Nicolás Maduro"
    kind: person
    names: [Nicolas Maduro, Maduro]
    speaks_for: venezuela
  - id: maria-corina-machado
    name: "María Corina Machado"
    kind: person
    # Venezuela's opposition leader: her own actor.
    names: [Maria Corina Machado]
  - id: juan-guaido
    name: "Juan Guaidó"
    kind: person
    # Venezuelan opposition leader who claimed the interim presidency in 2019: his own actor.
    names: [Juan Guaido, "Guaidó", Guaido]
  - id: gustavo-petro
    name: Gustavo Petro
    kind: person
    names: [Petro]
    speaks_for: colombia
  - id: nayib-bukele
    name: Nayib Bukele
    kind: person
    names: [Bukele]
    speaks_for: el-salvador
  - id: miguel-diaz-canel
    name: "Miguel Díaz-Canel"
    kind: person
    names: [Miguel Diaz-Canel, "Díaz-Canel", Diaz-Canel]
    speaks_for: cuba
  # --- Africa ---
  - id: cyril-ramaphosa
    name: Cyril Ramaphosa
    kind: person
    names: [Ramaphosa]
    speaks_for: south-africa
  - id: bola-tinubu
    name: Bola Tinubu
    kind: person
    names: [Bola Ahmed Tinubu, Tinubu]
    speaks_for: nigeria
  - id: abiy-ahmed
    name: Abiy Ahmed
    kind: person
    names: [Abiy Ahmed Ali, Abiy]
    speaks_for: ethiopia
  - id: william-ruto
    name: William Ruto
    kind: person
    names: [Ruto]
    speaks_for: kenya
  - id: paul-kagame
    name: Paul Kagame
    kind: person
    names: [Kagame]
    speaks_for: rwanda
  - id: felix-tshisekedi
    name: "Félix Tshisekedi"
    kind: person
    names: [Felix Tshisekedi, Tshisekedi]
    speaks_for: democratic-republic-of-the-congo
  - id: abdel-fattah-al-burhan
    name: Abdel Fattah al-Burhan
    kind: person
    # Army chief and head of the Sovereignty Council; speaks for the army he leads in the war.
    names: [Abdel-Fattah al-Burhan, Abdel Fattah Burhan, Abdelfattah al-Burhan, General Abdel Fattah al-Burhan, al-Burhan, Burhan]
    speaks_for: sudanese-armed-forces
  - id: mohamed-hamdan-dagalo
    name: Mohamed Hamdan Dagalo
    kind: person
    names: [Mohamed Hamdan Daglo, Mohammed Hamdan Dagalo, Hemedti, Hemeti, Dagalo, Daglo]
    speaks_for: rapid-support-forces
  - id: assimi-goita
    name: "Assimi Goïta"
    kind: person
    names: [Assimi Goita, Colonel Assimi Goita, General Assimi Goita, "Goïta", Goita]
    speaks_for: malian-junta
  - id: ibrahim-traore
    name: "Ibrahim Traoré"
    kind: person
    names: [Ibrahim Traore, Captain Ibrahim Traore]
    speaks_for: burkinabe-junta
  - id: abdourahamane-tiani
    name: Abdourahamane Tiani
    kind: person
    names: [Abdourahamane Tchiani, General Abdourahamane Tiani, Tiani, Tchiani]
    speaks_for: nigerien-junta
  - id: min-aung-hlaing
    name: Min Aung Hlaing
    kind: person
    names: [Senior General Min Aung Hlaing, General Min Aung Hlaing]
    speaks_for: myanmar-military
  - id: aung-san-suu-kyi
    name: Aung San Suu Kyi
    kind: person
    names: [Suu Kyi, Daw Aung San Suu Kyi]
    speaks_for: national-league-for-democracy
  # --- Afghanistan and Pakistan ---
  - id: hibatullah-akhundzada
    name: Hibatullah Akhundzada
    kind: person
    names: [Haibatullah Akhundzada, Mullah Hibatullah Akhundzada, Akhundzada]
    speaks_for: taliban
  - id: zabihullah-mujahid
    name: Zabihullah Mujahid
    kind: person
    speaks_for: taliban
  - id: amir-khan-muttaqi
    name: Amir Khan Muttaqi
    kind: person
    names: [Muttaqi]
    speaks_for: taliban

  # --- Non-state armed groups, juntas and their forces ---
  - id: taliban
    name: Taliban
    kind: government
    # The de facto government of Afghanistan since 2021-08-15 (an insurgency before).
    names: [Afghan Taliban, Taliban government, Taliban-led government, Taliban authorities, Taliban administration, Taliban regime, Taliban leadership, Taliban fighters, Taliban militants, Islamic Emirate of Afghanistan, Islamic Emirate]
    members_of:
      - actor: afghanistan
        from: 2021-08-15
  - id: haqqani-network
    name: Haqqani network
    kind: armed-group
    names: [Haqqani Network]
    members_of:
      - actor: taliban
  - id: pakistani-taliban
    name: Pakistani Taliban
    kind: armed-group
    names: [Tehreek-e-Taliban Pakistan, Tehrik-i-Taliban Pakistan, Tehrik-e-Taliban Pakistan, Tehreek-i-Taliban Pakistan]
    abbreviations: [TTP]
  - id: lashkar-e-taiba
    name: Lashkar-e-Taiba
    kind: armed-group
    names: [Lashkar-e-Toiba, Lashkar-e-Tayyiba, Lashkar e Taiba]
    abbreviations: [LeT]
  - id: the-resistance-front
    name: The Resistance Front
    kind: armed-group
    abbreviations: [TRF]
    members_of:
      - actor: lashkar-e-taiba
  - id: jaish-e-mohammed
    name: Jaish-e-Mohammed
    kind: armed-group
    names: [Jaish-e-Muhammad, Jaish-e-Mohammad, Jaish e Mohammed]
    abbreviations: [JeM]
  - id: baloch-liberation-army
    name: Baloch Liberation Army
    kind: armed-group
    names: [Balochistan Liberation Army]
    abbreviations: [BLA]
  - id: al-shabab
    name: al-Shabab
    kind: armed-group
    names: [al-Shabaab, Al-Shabaab, Al-Shabab, al Shabab, al Shabaab, Harakat al-Shabaab al-Mujahideen, Shabab, Shabaab]
    members_of:
      - actor: al-qaeda
  - id: boko-haram
    name: Boko Haram
    kind: armed-group
    names: ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", Boko Haram jihadists, Boko Haram militants]
  - id: jnim
    name: Group for the Support of Islam and Muslims
    kind: armed-group
    names: ["Jama'at Nusrat al-Islam wal-Muslimin", Jamaat Nusrat al-Islam wal-Muslimin, "Jama'a Nusrat ul-Islam wa al-Muslimin", "al-Qaeda's Sahel branch", "al-Qaeda's affiliate in the Sahel", al-Qaeda-linked JNIM]
    abbreviations: [JNIM]
    members_of:
      - actor: al-qaeda
  - id: wagner-group
    name: Wagner Group
    kind: armed-group
    # "Wagner" alone is also the composer; in news it is almost always the group.
    names: [Wagner, PMC Wagner, Wagner mercenaries, Wagner mercenary group, Wagner private military company, Wagner fighters, Wagner forces, Russian mercenary group Wagner]
  - id: africa-corps
    name: Africa Corps
    kind: armed-group
    names: [Russian Africa Corps, "Russia's Africa Corps", Africa Corps mercenaries]
    members_of:
      - actor: russia
  - id: yevgeny-prigozhin
    name: Yevgeny Prigozhin
    kind: person
    # Head of Wagner until he was killed on 2023-08-23.
    names: [Yevgeniy Prigozhin, Prigozhin]
    speaks_for: wagner-group
  - id: rapid-support-forces
    name: Rapid Support Forces
    kind: armed-group
    # "RSF" is also Reporters Without Borders (listed there by its full names only).
    names: [paramilitary Rapid Support Forces, RSF paramilitaries, RSF paramilitary, RSF militia, RSF fighters, "Sudan's Rapid Support Forces", Janjaweed]
    abbreviations: [RSF]
  - id: sudanese-armed-forces
    name: Sudanese Armed Forces
    kind: armed-group
    names: [Sudanese army, "Sudan's army", Sudanese military, "Sudan's military", "Sudan's armed forces", Sudanese Armed Forces, Sudanese troops, Sudanese soldiers]
    abbreviations: [SAF]
    members_of:
      - actor: sudan
  - id: splm-n
    name: "Sudan People's Liberation Movement-North"
    kind: armed-group
    names: ["Sudan People's Liberation Movement North", SPLM-North]
    abbreviations: [SPLM-N]
  - id: m23
    name: M23
    kind: armed-group
    names: [March 23 Movement, M23 rebels, Rwanda-backed M23, M23 rebel group, Congo River Alliance, Alliance Fleuve Congo]
    abbreviations: [M23]
  - id: allied-democratic-forces
    name: Allied Democratic Forces
    kind: armed-group
    # "ADF" is not listed: it is also the Australian Defence Force.
    members_of:
      - actor: islamic-state
  - id: tplf
    name: "Tigray People's Liberation Front"
    kind: armed-group
    names: [Tigrayan forces, Tigray forces, Tigray Defence Forces]
    abbreviations: [TPLF]
  - id: fano
    name: Fano
    kind: armed-group
    names: [Fano militia, Fano militias, Amhara Fano]
  - id: polisario-front
    name: Polisario Front
    kind: armed-group
    names: [Polisario, Polisario independence movement]
  - id: malian-junta
    name: Malian junta
    kind: government
    # In power since the coups of 2020-08-18 and 2021-05-24.
    names: ["Mali's junta", "Mali's ruling junta", "Mali's military junta", Malian military junta, "Mali's military government", Malian military government, "Mali's military rulers", "Mali's military leaders", Malian transitional government, "Mali's transitional government", "Mali's transitional authorities", Malian transitional authorities, Malian authorities, "Mali's authorities", Malian government, "Mali's government"]
    members_of:
      - actor: mali
        from: 2020-08-18
  - id: malian-army
    name: Malian Armed Forces
    kind: organization
    names: [Malian army, "Mali's army", Malian armed forces, Malian military, "Mali's military", Malian soldiers, Malian troops]
    abbreviations: [FAMa]
    members_of:
      - actor: mali
  - id: burkinabe-junta
    name: Burkinabe junta
    kind: government
    # In power since the coups of 2022-01-24 and 2022-09-30 (Captain Ibrahim Traoré).
    names: ["Burkina Faso's junta", "Burkina Faso's military junta", "Burkina Faso's ruling junta", "Burkina Faso's military government", "Burkina Faso's military rulers", Burkinabe military junta, Burkinabe authorities, Burkinabe government, "Burkina Faso's government", "Burkina Faso's transitional government"]
    members_of:
      - actor: burkina-faso
        from: 2022-01-24
  - id: nigerien-junta
    name: Nigerien junta
    kind: government
    names: ["Niger's junta", "Niger's military junta", "Niger's ruling junta", "Niger's military government", "Niger's military rulers", "Niger's military leaders", Nigerien military junta, National Council for the Safeguard of the Homeland, Nigerien authorities, Nigerien government, "Niger's government", "Niger's authorities"]
    abbreviations: [CNSP]
    members_of:
      - actor: niger
        from: 2023-07-26
  - id: myanmar-military
    name: Myanmar military
    kind: government
    # The Tatmadaw, ruling since the coup of 2021-02-01 (State Administration Council, renamed in
    # 2025); also the junta's government.
    names: [Tatmadaw, "Myanmar's military", Myanmar junta, "Myanmar's junta", "Myanmar's ruling junta", "Myanmar's military junta", Myanmar military junta, "Myanmar's military government", Myanmar military government, "Myanmar's military rulers", State Administration Council, State Security and Peace Commission, Myanmar army, "Myanmar's army", Burmese military, Burmese junta, Burmese army, Myanmar armed forces, Myanmar government, "Myanmar's government", Myanmar authorities, "Myanmar's authorities"]
    members_of:
      - actor: myanmar
  - id: national-unity-government-of-myanmar
    name: National Unity Government of Myanmar
    kind: government
    names: ["Myanmar's National Unity Government", "Myanmar's shadow government", Myanmar shadow government, "Myanmar's parallel government"]
    abbreviations: [NUG]
  - id: peoples-defence-force
    name: "People's Defence Force"
    kind: armed-group
    # The armed wing of Myanmar's National Unity Government ("PDF" is not listed: the file format).
    names: ["People's Defence Forces", "People's Defense Force", "People's Defense Forces"]
    members_of:
      - actor: national-unity-government-of-myanmar
  - id: three-brotherhood-alliance
    name: Three Brotherhood Alliance
    kind: coalition
    names: [Brotherhood Alliance]
  - id: kachin-independence-army
    name: Kachin Independence Army
    kind: armed-group
    # "KIA" is not listed: it is also "killed in action" and the carmaker.
    names: [Kachin Independence Organization, Kachin rebels]
  - id: arakan-army
    name: Arakan Army
    kind: armed-group
    names: [Arakan Army rebels, Arakan Army insurgents]
    members_of:
      - actor: three-brotherhood-alliance
  - id: national-league-for-democracy
    name: National League for Democracy
    kind: party
    names: ["Aung San Suu Kyi's National League for Democracy", "Suu Kyi's party"]
    abbreviations: [NLD]
    members_of:
      - actor: myanmar
  - id: farc
    name: FARC
    kind: armed-group
    names: [Revolutionary Armed Forces of Colombia, FARC dissidents, FARC rebels, FARC guerrillas, FARC-EP]
    abbreviations: [FARC]
  - id: eln
    name: Colombian National Liberation Army
    kind: armed-group
    # "National Liberation Army" alone is left out: several movements bear the name.
    names: ["Colombia's National Liberation Army", ELN rebels, ELN guerrillas, ELN guerrilla group]
    abbreviations: [ELN]
  - id: sinaloa-cartel
    name: Sinaloa Cartel
    kind: armed-group
    names: [Sinaloa cartel, "Cártel de Sinaloa"]
  - id: cjng
    name: Jalisco New Generation Cartel
    kind: armed-group
    names: [Jalisco cartel, "Cártel de Jalisco Nueva Generación", Cartel Jalisco Nueva Generacion]
    abbreviations: [CJNG]
  - id: tren-de-aragua
    name: Tren de Aragua
    kind: armed-group
    names: [Tren de Aragua gang]
  - id: ms-13
    name: MS-13
    kind: armed-group
    names: [Mara Salvatrucha, MS-13 gang]
  - id: viv-ansanm
    name: Viv Ansanm
    kind: coalition
    names: [Viv Ansanm gang coalition, Viv Ansanm gang alliance]

  # --- Parties ---
  - id: us-democratic-party
    name: Democratic Party
    kind: party
    # "Democratic Party" alone is given to the US party, the most frequent in English news; other
    # Democratic Parties are listed by country-qualified names (e.g. democratic-party-of-korea).
    names: [U.S. Democratic Party, US Democratic Party, Democratic National Committee, House Democrats, Senate Democrats, congressional Democrats, Democratic lawmakers, Democratic leaders, Democratic senators, Democratic Party leaders]
    abbreviations: [DNC]
    members_of:
      - actor: united-states
  - id: us-republican-party
    name: Republican Party
    kind: party
    names: [U.S. Republican Party, US Republican Party, Republican National Committee, House Republicans, Senate Republicans, congressional Republicans, Republican lawmakers, Republican leaders, Republican senators, Grand Old Party]
    abbreviations: [GOP, RNC]
    members_of:
      - actor: united-states
  - id: uk-labour-party
    name: Labour Party
    kind: party
    # Only qualified or full forms: bare "Labour" is also Australia's, Norway's, Israel's, ...
    names: [British Labour, British Labour Party, UK Labour, UK Labour Party, "Britain's Labour Party", "Britain's ruling Labour Party", "Starmer's Labour"]
    members_of:
      - actor: united-kingdom
  - id: uk-conservative-party
    name: Conservative Party
    kind: party
    # "Conservative Party" and "Tories" are given to the British party (Canada's is "Conservative
    # Party of Canada"); bare "Conservatives" is left out.
    names: [British Conservative Party, British Conservatives, UK Conservatives, "Britain's Conservative Party", Conservative and Unionist Party, Tory party, Tories]
    members_of:
      - actor: united-kingdom
  - id: reform-uk
    name: Reform UK
    kind: party
    names: [Reform UK party, "Nigel Farage's Reform UK"]
    members_of:
      - actor: united-kingdom
  - id: conservative-party-of-canada
    name: Conservative Party of Canada
    kind: party
    names: [Canadian Conservatives, "Canada's Conservative Party", "Canada's Conservatives"]
    members_of:
      - actor: canada
  - id: chinese-communist-party
    name: Chinese Communist Party
    kind: party
    names: [Communist Party of China, "China's Communist Party", "China's ruling Communist Party", Chinese Communist Party Central Committee]
    abbreviations: [CCP]
    members_of:
      - actor: china
  - id: united-russia
    name: United Russia
    kind: party
    names: [United Russia party]
    members_of:
      - actor: russia
  - id: bjp
    name: Bharatiya Janata Party
    kind: party
    names: ["Modi's Bharatiya Janata Party", "India's ruling Bharatiya Janata Party"]
    abbreviations: [BJP]
    members_of:
      - actor: india
  - id: indian-national-congress
    name: Indian National Congress
    kind: party
    names: [Congress party, "India's Congress party", Indian Congress party]
    members_of:
      - actor: india
  - id: pti
    name: Pakistan Tehreek-e-Insaf
    kind: party
    names: [Pakistan Tehrik-e-Insaf, Pakistan Tehreek-i-Insaf, "Imran Khan's party", "Imran Khan's Pakistan Tehreek-e-Insaf"]
    abbreviations: [PTI]
    members_of:
      - actor: pakistan
  - id: alternative-for-germany
    name: Alternative for Germany
    kind: party
    names: ["Alternative für Deutschland", Alternative fur Deutschland]
    abbreviations: [AfD]
    members_of:
      - actor: germany
  - id: christian-democratic-union
    name: Christian Democratic Union
    kind: party
    names: ["Germany's Christian Democratic Union"]
    abbreviations: [CDU]
    members_of:
      - actor: germany
  - id: national-rally
    name: National Rally
    kind: party
    names: [Rassemblement National, "France's National Rally", "Marine Le Pen's National Rally"]
    members_of:
      - actor: france
  - id: fidesz
    name: Fidesz
    kind: party
    names: ["Orbán's Fidesz", "Orban's Fidesz", Fidesz party]
    members_of:
      - actor: hungary
  - id: ldp-japan
    name: Liberal Democratic Party of Japan
    kind: party
    names: ["Japan's Liberal Democratic Party", "Japan's ruling Liberal Democratic Party", "Japan's ruling LDP"]
    abbreviations: [LDP]
    members_of:
      - actor: japan
  - id: democratic-party-of-korea
    name: Democratic Party of Korea
    kind: party
    names: ["South Korea's Democratic Party", South Korean Democratic Party, Minjoo Party, "South Korea's opposition Democratic Party", "South Korea's ruling Democratic Party"]
    members_of:
      - actor: south-korea
  - id: people-power-party
    name: People Power Party
    kind: party
    # "PPP" is not listed: it is also the Pakistan Peoples Party (and purchasing power parity).
    names: ["South Korea's People Power Party", "South Korea's conservative People Power Party"]
    members_of:
      - actor: south-korea
  - id: kuomintang
    name: Kuomintang
    kind: party
    names: [Nationalist Party of China, "Taiwan's Kuomintang", "Taiwan's main opposition Kuomintang"]
    abbreviations: [KMT]
    members_of:
      - actor: taiwan
  - id: democratic-progressive-party
    name: Democratic Progressive Party
    kind: party
    # "DPP" is not listed: it is also a Director of Public Prosecutions in British and Kenyan news.
    names: ["Taiwan's Democratic Progressive Party", "Taiwan's ruling Democratic Progressive Party"]
    members_of:
      - actor: taiwan
  - id: african-national-congress
    name: African National Congress
    kind: party
    names: ["South Africa's African National Congress", "South Africa's ruling ANC"]
    abbreviations: [ANC]
    members_of:
      - actor: south-africa
"""#
}
