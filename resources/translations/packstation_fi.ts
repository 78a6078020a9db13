<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
  <context>
    <name>Packstation</name>
    <message>
      <source>ORDER OPEN</source>
      <translation>TILAUS AUKI</translation>
    </message>
    <message>
      <source>Order {ref}: {n} units to pack</source>
      <translation>Tilaus {ref}: {n} kpl pakattavana</translation>
    </message>
    <message>
      <source>Expected about {g} g</source>
      <translation>Odotettu noin {g} g</translation>
    </message>
    <message>
      <source>Ship short (units missing)</source>
      <translation>Lähetä vajaana (kappaleita puuttuu)</translation>
    </message>
    <message>
      <source>Slips not scanned</source>
      <translation>Lappuja ei skannattu</translation>
    </message>
    <message>
      <source>Label not scanned</source>
      <translation>Osoitetarraa ei skannattu</translation>
    </message>
    <message>
      <source>Weight check</source>
      <translation>Painotarkistus</translation>
    </message>
    <message>
      <source>Empty database</source>
      <translation>Tyhjä tietokanta</translation>
    </message>
    <message>
      <source>This database has no orders or users yet. Load demo data (orders, boxes and demo users)?</source>
      <translation>Tietokannassa ei ole vielä tilauksia eikä käyttäjiä. Ladataanko esittelytiedot (tilaukset, laatikot ja esittelykäyttäjät)?</translation>
    </message>
    <message>
      <source>How many units of {sku} ({left} still to pack)?</source>
      <translation>Montako kappaletta tuotetta {sku} ({left} vielä pakkaamatta)?</translation>
    </message>
    <message>
      <source>Remove a unit</source>
      <translation>Poista kappale</translation>
    </message>
    <message>
      <source>Take one unit of {sku} out of the box. Why?</source>
      <translation>Ota yksi kappale tuotetta {sku} pois laatikosta. Miksi?</translation>
    </message>
    <message>
      <source>Reprint</source>
      <translation>Tulosta uudelleen</translation>
    </message>
    <message>
      <source>Print the label and slips of this order again. Why?</source>
      <translation>Tulosta tämän tilauksen osoitetarra ja laput uudelleen. Miksi?</translation>
    </message>
    <message>
      <source>Void label</source>
      <translation>Mitätöi osoitetarra</translation>
    </message>
    <message>
      <source>Cancel this order's shipping label. Why?</source>
      <translation>Mitätöi tämän tilauksen osoitetarra. Miksi?</translation>
    </message>
    <message>
      <source>SUSPENDED</source>
      <translation>KESKEYTETTY</translation>
    </message>
    <message>
      <source>Order {ref} is parked: scan its barcode at any bench to resume.</source>
      <translation>Tilaus {ref} on keskeytetty: jatka skannaamalla sen viivakoodi missä tahansa pakkauspisteessä.</translation>
    </message>
    <message>
      <source>SENT TO EXCEPTION</source>
      <translation>SIIRRETTY POIKKEUKSIIN</translation>
    </message>
    <message>
      <source>Order {ref}: {reason}. Put the tote on the exception shelf.</source>
      <translation>Tilaus {ref}: {reason}. Vie laatikko poikkeushyllylle.</translation>
    </message>
    <message>
      <source>Send to exception</source>
      <translation>Siirrä poikkeuksiin</translation>
    </message>
    <message>
      <source>Why can this order not be finished here?</source>
      <translation>Miksi tätä tilausta ei voi viimeistellä tässä?</translation>
    </message>
    <message>
      <source>{check} check — {sku}</source>
      <translation>Tarkistus {check} — {sku}</translation>
    </message>
    <message>
      <source>FAILED: {what}</source>
      <translation>HYLÄTTY: {what}</translation>
    </message>
    <message>
      <source>OVERRIDDEN</source>
      <translation>OHITETTU</translation>
    </message>
    <message>
      <source>A lead approved: {reason}</source>
      <translation>Vuoroesimies hyväksyi: {reason}</translation>
    </message>
    <message>
      <source>ORDER CLOSED</source>
      <translation>TILAUS SULJETTU</translation>
    </message>
    <message>
      <source>Order {ref} is done. Scan the next order or press F3.</source>
      <translation>Tilaus {ref} on valmis. Skannaa seuraava tilaus tai paina F3.</translation>
    </message>
    <message>
      <source>Scan your badge</source>
      <translation>Skannaa kulkukorttisi</translation>
    </message>
    <message>
      <source>No order waiting in the queue.</source>
      <translation>Jonossa ei ole tilauksia.</translation>
    </message>
    <message>
      <source>order</source>
      <translation>tilaus</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>HYLÄTTY</translation>
    </message>
    <message>
      <source>4-12 digits</source>
      <translation>4–12 numeroa</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>Lisää henkilö</translation>
    </message>
    <message>
      <source>New / trainee</source>
      <translation>Uusi / perehdytettävä</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Lisää</translation>
    </message>
    <message>
      <source>Selected person</source>
      <translation>Valittu henkilö</translation>
    </message>
    <message>
      <source>Reset PIN</source>
      <translation>Nollaa PIN-koodi</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>Vaihda rooli</translation>
    </message>
    <message>
      <source>Deactivate / activate</source>
      <translation>Poista käytöstä / ota käyttöön</translation>
    </message>
    <message>
      <source>Add station</source>
      <translation>Lisää pakkauspiste</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <source>Badge</source>
      <translation>Kulkukortti</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rooli</translation>
    </message>
    <message>
      <source>New PIN</source>
      <translation>Uusi PIN-koodi</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Henkilöt</translation>
    </message>
    <message>
      <source>Stations</source>
      <translation>Pakkauspisteet</translation>
    </message>
    <message>
      <source>Note: what was done (required to resolve)</source>
      <translation>Huomautus: mitä tehtiin (pakollinen ratkaisuun)</translation>
    </message>
    <message>
      <source>Release claim</source>
      <translation>Vapauta tilaus</translation>
    </message>
    <message>
      <source>Resolve: back to queue</source>
      <translation>Ratkaise: takaisin jonoon</translation>
    </message>
    <message>
      <source>Resolve: cancel order</source>
      <translation>Ratkaise: peruuta tilaus</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>Lataa uudelleen</translation>
    </message>
    <message>
      <source>Packstation — shift lead</source>
      <translation>Packstation — vuoroesimies</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Yleiskatsaus</translation>
    </message>
    <message>
      <source>Exception queue</source>
      <translation>Poikkeusjono</translation>
    </message>
    <message>
      <source>People and stations</source>
      <translation>Henkilöt ja pakkauspisteet</translation>
    </message>
    <message>
      <source>Campaigns</source>
      <translation>Kampanjat</translation>
    </message>
    <message>
      <source>Packstation — {station}</source>
      <translation>Packstation — {station}</translation>
    </message>
    <message>
      <source>Station {station}</source>
      <translation>Pakkauspiste {station}</translation>
    </message>
    <message>
      <source>{action} is not possible now.</source>
      <translation>{action} ei ole nyt mahdollista.</translation>
    </message>
    <message>
      <source>WELCOME</source>
      <translation>TERVETULOA</translation>
    </message>
    <message>
      <source>{name} at {station}</source>
      <translation>{name} pisteessä {station}</translation>
    </message>
    <message>
      <source>%v of %m units</source>
      <translation>%v / %m kpl</translation>
    </message>
    <message>
      <source>Packer: {name}</source>
      <translation>Pakkaaja: {name}</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>Kirjauduttu ulos</translation>
    </message>
    <message>
      <source>Acknowledge the stop first: press Esc or scan CMD-ACK.</source>
      <translation>Kuittaa pysäytys ensin: paina Esc tai skannaa CMD-ACK.</translation>
    </message>
    <message>
      <source>ORDER RESUMED</source>
      <translation>TILAUS JATKUU</translation>
    </message>
    <message>
      <source>Order {ref} continues where it was left.</source>
      <translation>Tilaus {ref} jatkuu siitä, mihin se jäi.</translation>
    </message>
    <message>
      <source>STOP</source>
      <translation>SEIS</translation>
    </message>
    <message>
      <source>NOT DONE</source>
      <translation>EI TEHTY</translation>
    </message>
    <message>
      <source>Finish or close the open dialog first (Esc).</source>
      <translation>Viimeistele tai sulje avoin ikkuna ensin (Esc).</translation>
    </message>
    <message>
      <source>Signed out after {m} idle minutes</source>
      <translation>Kirjauduttu ulos {m} minuutin käyttämättömyyden jälkeen</translation>
    </message>
    <message>
      <source>print queue</source>
      <translation>tulostusjono</translation>
    </message>
    <message>
      <source>Type your PIN</source>
      <translation>Näppäile PIN-koodisi</translation>
    </message>
    <message>
      <source>then press Enter</source>
      <translation>ja paina Enter</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>Jokin meni vikaan: {error}</translation>
    </message>
    <message>
      <source>serial</source>
      <translation>sarjanumero</translation>
    </message>
    <message>
      <source>fragile</source>
      <translation>särkyvä</translation>
    </message>
    <message>
      <source>hazmat</source>
      <translation>vaarallinen aine</translation>
    </message>
    <message>
      <source>this side up</source>
      <translation>tämä puoli ylös</translation>
    </message>
    <message>
      <source>lot {lot}</source>
      <translation>erä {lot}</translation>
    </message>
    <message>
      <source>lot</source>
      <translation>erä</translation>
    </message>
    <message>
      <source>Box {n}: {box} — fill: {fill}</source>
      <translation>Laatikko {n}: {box} — täyte: {fill}</translation>
    </message>
    <message>
      <source>Not in a box: {qty} × {sku} — {reason}</source>
      <translation>Ei laatikossa: {qty} × {sku} — {reason}</translation>
    </message>
    <message>
      <source>Cost: boxes {boxes} + fill {fill} + shipping {ship} = {total}</source>
      <translation>Kustannus: laatikot {boxes} + täyte {fill} + rahti {ship} = {total}</translation>
    </message>
    <message>
      <source>Box</source>
      <translation>Laatikko</translation>
    </message>
    <message>
      <source>No box proposal yet: scan any box barcode to choose one.</source>
      <translation>Laatikkoehdotusta ei vielä ole: valitse laatikko skannaamalla sen viivakoodi.</translation>
    </message>
    <message>
      <source>Box confirmed: {codes}</source>
      <translation>Laatikko vahvistettu: {codes}</translation>
    </message>
    <message>
      <source>Scan the box barcode {codes} to confirm (another box overrides).</source>
      <translation>Vahvista skannaamalla laatikon viivakoodi {codes} (toinen laatikko korvaa valinnan).</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ei mitään</translation>
    </message>
    <message>
      <source>Scan an order or tote barcode</source>
      <translation>Skannaa tilauksen tai keräilylaatikon viivakoodi</translation>
    </message>
    <message>
      <source>or press F3 (scan CMD-NEXT) for the next order in the queue</source>
      <translation>tai paina F3 (skannaa CMD-NEXT) saadaksesi jonon seuraavan tilauksen</translation>
    </message>
    <message>
      <source>GIFT</source>
      <translation>LAHJA</translation>
    </message>
    <message>
      <source>Order {ref} — {merchant} — {customer}</source>
      <translation>Tilaus {ref} — {merchant} — {customer}</translation>
    </message>
    <message>
      <source>Next: {sku} from bin {bin}</source>
      <translation>Seuraava: {sku} hyllypaikasta {bin}</translation>
    </message>
    <message>
      <source>… and {n} more checks</source>
      <translation>… ja {n} muuta tarkistusta</translation>
    </message>
    <message>
      <source>Failed: {check} — fix it or ask a lead (F11)</source>
      <translation>Hylätty: {check} — korjaa tai pyydä vuoroesimiestä (F11)</translation>
    </message>
    <message>
      <source>Lead override</source>
      <translation>Vuoroesimiehen ohitus</translation>
    </message>
    <message>
      <source>A lead scans their badge, types their PIN and gives the reason.</source>
      <translation>Vuoroesimies skannaa kulkukorttinsa, näppäilee PIN-koodinsa ja kertoo syyn.</translation>
    </message>
    <message>
      <source>scan the lead's badge</source>
      <translation>skannaa vuoroesimiehen kulkukortti</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Mitä</translation>
    </message>
    <message>
      <source>Lead badge</source>
      <translation>Vuoroesimiehen kulkukortti</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Syy</translation>
    </message>
    <message>
      <source>Scan the lead's badge first.</source>
      <translation>Skannaa ensin vuoroesimiehen kulkukortti.</translation>
    </message>
    <message>
      <source>The lead's PIN is required; a badge alone is not enough.</source>
      <translation>Vuoroesimiehen PIN-koodi tarvitaan; pelkkä kulkukortti ei riitä.</translation>
    </message>
    <message>
      <source>Give a reason.</source>
      <translation>Kerro syy.</translation>
    </message>
    <message>
      <source>Enter quantity</source>
      <translation>Syötä määrä</translation>
    </message>
    <message>
      <source>Keys and commands</source>
      <translation>Näppäimet ja komennot</translation>
    </message>
    <message>
      <source>Press the key, or scan the command barcode from the printed cheat sheet.</source>
      <translation>Paina näppäintä tai skannaa komennon viivakoodi tulostetusta pikaohjeesta.</translation>
    </message>
    <message>
      <source>Enter  confirm      Esc  cancel</source>
      <translation>Enter  vahvista      Esc  peruuta</translation>
    </message>
    <message>
      <source>Type a whole number of units, e.g. 24.</source>
      <translation>Näppäile kappalemäärä kokonaislukuna, esim. 24.</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Näppäin</translation>
    </message>
    <message>
      <source>Command barcode</source>
      <translation>Komennon viivakoodi</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>Mitä se tekee</translation>
    </message>
    <message>
      <source>{done} of {wanted} captured: {values}</source>
      <translation>{done}/{wanted} tallennettu: {values}</translation>
    </message>
    <message>
      <source>grams</source>
      <translation>grammaa</translation>
    </message>
    <message>
      <source>Scan, or type and press Enter</source>
      <translation>Skannaa tai näppäile ja paina Enter</translation>
    </message>
    <message>
      <source>Put the damaged unit aside and scan a replacement unit.</source>
      <translation>Laita vaurioitunut kappale sivuun ja skannaa korvaava kappale.</translation>
    </message>
    <message>
      <source>Waiting for the replacement scan…</source>
      <translation>Odotetaan korvaavan kappaleen skannausta…</translation>
    </message>
    <message>
      <source>S  read the scale      Enter  record the typed weight</source>
      <translation>S  lue vaaka      Enter  tallenna näppäilty paino</translation>
    </message>
    <message>
      <source>No reading from the scale: type the weight in grams.</source>
      <translation>Vaa'asta ei saatu lukemaa: näppäile paino grammoina.</translation>
    </message>
    <message>
      <source>Type the weight in whole grams, e.g. 1250.</source>
      <translation>Näppäile paino kokonaisina grammoina, esim. 1250.</translation>
    </message>
    <message>
      <source>Y  the date is fine      N  expired or too short</source>
      <translation>Y  päiväys on kunnossa      N  vanhentunut tai liian lyhyt</translation>
    </message>
    <message>
      <source>Y  yes, done / undamaged      N  no, damaged or missing</source>
      <translation>Y  kyllä, tehty / ehjä      N  ei, vaurioitunut tai puuttuu</translation>
    </message>
    <message>
      <source>{value} was already captured.</source>
      <translation>{value} on jo tallennettu.</translation>
    </message>
    <message>
      <source>Scan your badge to start</source>
      <translation>Aloita skannaamalla kulkukorttisi</translation>
    </message>
    <message>
      <source>PIN, then Enter</source>
      <translation>PIN, sitten Enter</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Tulostus</translation>
    </message>
    <message>
      <source>Slips and label</source>
      <translation>Laput ja osoitetarra</translation>
    </message>
    <message>
      <source>PRINTER FAULT — {jobs}. Fix the printer, then F7 to reprint.</source>
      <translation>TULOSTINVIKA — {jobs}. Korjaa tulostin ja tulosta uudelleen painamalla F7.</translation>
    </message>
    <message>
      <source>☐ Slip {code}: scan it, then put it in the box</source>
      <translation>☐ Lappu {code}: skannaa se ja laita se laatikkoon</translation>
    </message>
    <message>
      <source>☐ Label {code}: stick it on the box, then scan it</source>
      <translation>☐ Osoitetarra {code}: kiinnitä se laatikkoon ja skannaa se</translation>
    </message>
    <message>
      <source>Everything checked: F12 or scan CMD-CLOSE to close the order.</source>
      <translation>Kaikki tarkistettu: sulje tilaus painamalla F12 tai skannaamalla CMD-CLOSE.</translation>
    </message>
    <message>
      <source>document</source>
      <translation>asiakirja</translation>
    </message>
    <message>
      <source>Scan each printed slip and the label to prove they are in and on the box.</source>
      <translation>Skannaa jokainen tulostettu lappu ja osoitetarra todisteeksi, että ne ovat laatikossa ja sen päällä.</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Tulostetaan…</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Valmis</translation>
    </message>
    <message>
      <source>Acknowledged — carry on</source>
      <translation>Kuitattu — jatka</translation>
    </message>
    <message>
      <source>Press Esc or scan CMD-ACK to continue</source>
      <translation>Jatka painamalla Esc tai skannaamalla CMD-ACK</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>TOO MANY</source>
      <translation>LIIAN MONTA</translation>
    </message>
    <message>
      <source>WRONG ITEM</source>
      <translation>VÄÄRÄ TUOTE</translation>
    </message>
    <message>
      <source>UNKNOWN BARCODE</source>
      <translation>TUNTEMATON VIIVAKOODI</translation>
    </message>
    <message>
      <source>MISREAD — SCAN AGAIN</source>
      <translation>LUKUVIRHE — SKANNAA UUDELLEEN</translation>
    </message>
    <message>
      <source>EXPIRED</source>
      <translation>VANHENTUNUT</translation>
    </message>
    <message>
      <source>SHELF LIFE TOO SHORT</source>
      <translation>LIIAN LYHYT SÄILYVYYS</translation>
    </message>
    <message>
      <source>WRONG LOT</source>
      <translation>VÄÄRÄ ERÄ</translation>
    </message>
    <message>
      <source>SCAN THE SERIAL</source>
      <translation>SKANNAA SARJANUMERO</translation>
    </message>
    <message>
      <source>SERIAL ALREADY SHIPPED</source>
      <translation>SARJANUMERO JO LÄHETETTY</translation>
    </message>
    <message>
      <source>SCAN EACH UNIT</source>
      <translation>SKANNAA JOKAINEN KAPPALE</translation>
    </message>
    <message>
      <source>NOT AN ITEM</source>
      <translation>EI TUOTE</translation>
    </message>
    <message>
      <source>SCANNED TWICE?</source>
      <translation>SKANNATTU KAHDESTI?</translation>
    </message>
    <message>
      <source>ALREADY COUNTED</source>
      <translation>JO LASKETTU</translation>
    </message>
    <message>
      <source>BOX OK</source>
      <translation>LAATIKKO OK</translation>
    </message>
    <message>
      <source>BOX CHANGED</source>
      <translation>LAATIKKO VAIHDETTU</translation>
    </message>
    <message>
      <source>SLIP OK</source>
      <translation>LAPPU OK</translation>
    </message>
    <message>
      <source>WRONG SLIP</source>
      <translation>VÄÄRÄ LAPPU</translation>
    </message>
    <message>
      <source>LABEL OK</source>
      <translation>OSOITETARRA OK</translation>
    </message>
    <message>
      <source>WRONG LABEL</source>
      <translation>VÄÄRÄ OSOITETARRA</translation>
    </message>
    <message>
      <source>COMMAND</source>
      <translation>KOMENTO</translation>
    </message>
    <message>
      <source>{sku} — {scanned} of {ordered}</source>
      <translation>{sku} — {scanned}/{ordered}</translation>
    </message>
    <message>
      <source>{sku} needs only {ordered}. Take the extra unit out of the box.</source>
      <translation>Tuotetta {sku} tarvitaan vain {ordered}. Ota ylimääräinen kappale pois laatikosta.</translation>
    </message>
    <message>
      <source>{sku} is not in this order. Put it aside.</source>
      <translation>{sku} ei kuulu tähän tilaukseen. Laita se sivuun.</translation>
    </message>
    <message>
      <source>Barcode {raw} is not in the catalogue. Put the item aside.</source>
      <translation>Viivakoodia {raw} ei ole luettelossa. Laita tuote sivuun.</translation>
    </message>
    <message>
      <source>The same unit twice in a moment. Scan each unit once.</source>
      <translation>Sama kappale kahdesti hetken sisällä. Skannaa jokainen kappale kerran.</translation>
    </message>
    <message>
      <source>This scan was already counted; nothing changed.</source>
      <translation>Tämä skannaus on jo laskettu; mikään ei muuttunut.</translation>
    </message>
    <message>
      <source>Scan the items</source>
      <translation>Skannaa tuotteet</translation>
    </message>
    <message>
      <source>Quality checks</source>
      <translation>Laatutarkistukset</translation>
    </message>
    <message>
      <source>Slips</source>
      <translation>Laput</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Osoitetarra</translation>
    </message>
    <message>
      <source>Verify slips and label</source>
      <translation>Tarkista laput ja osoitetarra</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Suljettu</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Keskeytetty</translation>
    </message>
    <message>
      <source>Sent to exception</source>
      <translation>Siirretty poikkeuksiin</translation>
    </message>
    <message>
      <source>Wrong PIN.</source>
      <translation>Väärä PIN-koodi.</translation>
    </message>
    <message>
      <source>This badge is not known or not active.</source>
      <translation>Tätä kulkukorttia ei tunneta tai se ei ole käytössä.</translation>
    </message>
    <message>
      <source>Too many wrong PINs for {user}; wait ten minutes or ask an admin.</source>
      <translation>Liian monta väärää PIN-koodia käyttäjälle {user}; odota kymmenen minuuttia tai pyydä ylläpitäjää.</translation>
    </message>
    <message>
      <source>{user} has no PIN yet; an admin must set one.</source>
      <translation>Käyttäjällä {user} ei ole vielä PIN-koodia; ylläpitäjän on asetettava se.</translation>
    </message>
    <message>
      <source>{user} is not a shift lead; a lead must approve this.</source>
      <translation>{user} ei ole vuoroesimies; vuoroesimiehen on hyväksyttävä tämä.</translation>
    </message>
    <message>
      <source>Order {order} was cancelled by the shop. Do not pack it.</source>
      <translation>Kauppa on peruuttanut tilauksen {order}. Älä pakkaa sitä.</translation>
    </message>
    <message>
      <source>No unit of {sku} is in the box.</source>
      <translation>Laatikossa ei ole yhtään kappaletta tuotetta {sku}.</translation>
    </message>
    <message>
      <source>{grams} g is not a weight; put the box on the scale.</source>
      <translation>{grams} g ei ole paino; nosta laatikko vaa'alle.</translation>
    </message>
    <message>
      <source>Scan or type the serial number.</source>
      <translation>Skannaa tai näppäile sarjanumero.</translation>
    </message>
    <message>
      <source>Inspect {sku}: confirm it is undamaged, or mark it damaged and scan a replacement.</source>
      <translation>Tarkasta {sku}: vahvista, että se on ehjä, tai merkitse se vaurioituneeksi ja skannaa korvaava.</translation>
    </message>
    <message>
      <source>Check the expiry date of {sku} and confirm it.</source>
      <translation>Tarkista tuotteen {sku} viimeinen käyttöpäivä ja vahvista se.</translation>
    </message>
    <message>
      <source>Capture the serial number of every unit of {sku}.</source>
      <translation>Tallenna tuotteen {sku} jokaisen kappaleen sarjanumero.</translation>
    </message>
    <message>
      <source>Capture the lot number of {sku}.</source>
      <translation>Tallenna tuotteen {sku} eränumero.</translation>
    </message>
    <message>
      <source>Put the closed box on the scale.</source>
      <translation>Nosta suljettu laatikko vaa'alle.</translation>
    </message>
    <message>
      <source>{sku} is fragile: wrap it and put a FRAGILE sticker on the box, then confirm.</source>
      <translation>{sku} on särkyvä: pakkaa se suojaan ja kiinnitä laatikkoon SÄRKYVÄÄ-tarra, sitten vahvista.</translation>
    </message>
    <message>
      <source>Hazardous goods (class {hazmat_class}): put the hazard mark on the box, then confirm.</source>
      <translation>Vaarallisia aineita (luokka {hazmat_class}): kiinnitä varoitusmerkki laatikkoon, sitten vahvista.</translation>
    </message>
    <message>
      <source>Gift order: check the packing slip shows no prices and the gift message is in the box.</source>
      <translation>Lahjatilaus: tarkista, ettei lähetyslistassa näy hintoja ja että lahjaviesti on laatikossa.</translation>
    </message>
    <message>
      <source>Damage check</source>
      <translation>Vauriotarkistus</translation>
    </message>
    <message>
      <source>Expiry check</source>
      <translation>Päiväystarkistus</translation>
    </message>
    <message>
      <source>Serial numbers</source>
      <translation>Sarjanumerot</translation>
    </message>
    <message>
      <source>Lot number</source>
      <translation>Eränumero</translation>
    </message>
    <message>
      <source>Weigh the box</source>
      <translation>Punnitse laatikko</translation>
    </message>
    <message>
      <source>Fragile item</source>
      <translation>Särkyvä tuote</translation>
    </message>
    <message>
      <source>Hazardous goods</source>
      <translation>Vaaralliset aineet</translation>
    </message>
    <message>
      <source>Gift order</source>
      <translation>Lahjatilaus</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>Tuotenro</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Kuvaus</translation>
    </message>
    <message>
      <source>Bin</source>
      <translation>Hyllypaikka</translation>
    </message>
    <message>
      <source>Scanned</source>
      <translation>Skannattu</translation>
    </message>
    <message>
      <source>Capture</source>
      <translation>Tallennettu</translation>
    </message>
    <message>
      <source>Acknowledge stop</source>
      <translation>Kuittaa pysäytys</translation>
    </message>
    <message>
      <source>Confirm you have seen a red stop; nothing else clears it.</source>
      <translation>Vahvista, että olet nähnyt punaisen pysäytyksen; mikään muu ei poista sitä.</translation>
    </message>
    <message>
      <source>Show this list on screen.</source>
      <translation>Näytä tämä luettelo näytöllä.</translation>
    </message>
    <message>
      <source>Undo last scan</source>
      <translation>Peru viimeisin skannaus</translation>
    </message>
    <message>
      <source>Take the last accepted unit back out of the box.</source>
      <translation>Ota viimeksi hyväksytty kappale takaisin pois laatikosta.</translation>
    </message>
    <message>
      <source>Next order</source>
      <translation>Seuraava tilaus</translation>
    </message>
    <message>
      <source>Take the next order from the queue.</source>
      <translation>Ota jonosta seuraava tilaus.</translation>
    </message>
    <message>
      <source>Type a count for a large line instead of scanning each.</source>
      <translation>Näppäile suuren rivin määrä sen sijaan, että skannaisit jokaisen.</translation>
    </message>
    <message>
      <source>Take one unit of the active line out, with a reason.</source>
      <translation>Ota aktiivisen rivin kappale pois ja kerro syy.</translation>
    </message>
    <message>
      <source>Read the scale, or type the weight.</source>
      <translation>Lue vaaka tai näppäile paino.</translation>
    </message>
    <message>
      <source>Reprint label / slips</source>
      <translation>Tulosta osoitetarra / laput uudelleen</translation>
    </message>
    <message>
      <source>Print the documents of this order again.</source>
      <translation>Tulosta tämän tilauksen asiakirjat uudelleen.</translation>
    </message>
    <message>
      <source>Cancel the shipping label of this order.</source>
      <translation>Mitätöi tämän tilauksen osoitetarra.</translation>
    </message>
    <message>
      <source>Suspend order</source>
      <translation>Keskeytä tilaus</translation>
    </message>
    <message>
      <source>Park the order; resume it later at any bench.</source>
      <translation>Keskeytä tilaus; jatka sitä myöhemmin missä tahansa pakkauspisteessä.</translation>
    </message>
    <message>
      <source>Hand the order to the lead with a reason.</source>
      <translation>Anna tilaus vuoroesimiehelle ja kerro syy.</translation>
    </message>
    <message>
      <source>A lead approves a blocked step: badge, PIN, reason.</source>
      <translation>Vuoroesimies hyväksyy estetyn vaiheen: kulkukortti, PIN-koodi, syy.</translation>
    </message>
    <message>
      <source>Close order</source>
      <translation>Sulje tilaus</translation>
    </message>
    <message>
      <source>Finish the order when every check is done.</source>
      <translation>Viimeistele tilaus, kun kaikki tarkistukset on tehty.</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Kirjaudu ulos</translation>
    </message>
    <message>
      <source>End your session at this bench.</source>
      <translation>Lopeta istuntosi tässä pakkauspisteessä.</translation>
    </message>
  </context>
</TS>
