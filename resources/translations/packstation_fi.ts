<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
  <context>
    <name>Packstation</name>
    <message>
      <source>Taking the photo of the package ...</source>
      <translation>Otetaan kuvaa paketista ...</translation>
    </message>
    <message>
      <source>Photo of the package taken</source>
      <translation>Paketista otettu kuva</translation>
    </message>
    <message>
      <source>No photo: {reason}</source>
      <translation>Ei kuvaa: {reason}</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Koulutus</translation>
    </message>
    <message>
      <source>Open demo mode (trainers and leads)…</source>
      <translation>Avaa demotila (kouluttajat ja vuoroesimiehet)…</translation>
    </message>
    <message>
      <source>Sign in as a trainer or a lead first, then open demo mode.</source>
      <translation>Kirjaudu ensin sisään kouluttajana tai vuoroesimiehenä ja avaa sitten demotila.</translation>
    </message>
    <message>
      <source>Only a trainer or a shift lead can open demo mode. Signed in: {name} · Role: {role}</source>
      <translation>Vain kouluttaja tai vuoroesimies voi avata demotilan. Kirjautunut: {name} · Rooli: {role}</translation>
    </message>
    <message>
      <source>Finish or suspend order {ref} first: demo mode opens on an empty bench.</source>
      <translation>Viimeistele tai keskeytä tilaus {ref} ensin: demotila avautuu tyhjällä pakkauspisteellä.</translation>
    </message>
    <message>
      <source>Wrong item in the tote</source>
      <translation>Väärä tuote keräilylaatikossa</translation>
    </message>
    <message>
      <source>Damaged unit</source>
      <translation>Vaurioitunut tuote</translation>
    </message>
    <message>
      <source>Short pick</source>
      <translation>Vajaa keräily</translation>
    </message>
    <message>
      <source>Expired lot</source>
      <translation>Vanhentunut erä</translation>
    </message>
    <message>
      <source>Missing serial</source>
      <translation>Sarjanumero puuttuu</translation>
    </message>
    <message>
      <source>Fragile item</source>
      <translation>Särkyvä tuote</translation>
    </message>
    <message>
      <source>VIP slip</source>
      <translation>VIP-lappu</translation>
    </message>
    <message>
      <source>Printer jam</source>
      <translation>Tulostimen paperitukos</translation>
    </message>
    <message>
      <source>Weight mismatch</source>
      <translation>Paino ei täsmää</translation>
    </message>
    <message>
      <source>handled right</source>
      <translation>hoidettu oikein</translation>
    </message>
    <message>
      <source>caught, not handled</source>
      <translation>havaittu, ei hoidettu</translation>
    </message>
    <message>
      <source>MISSED</source>
      <translation>HUOMAAMATTA</translation>
    </message>
    <message>
      <source>best before {date}</source>
      <translation>parasta ennen {date}</translation>
    </message>
    <message>
      <source>the box is crushed and the unit rattles</source>
      <translation>pakkaus on litistynyt ja tuote kolisee</translation>
    </message>
    <message>
      <source>no serial-number sticker on the unit</source>
      <translation>tuotteessa ei ole sarjanumerotarraa</translation>
    </message>
    <message>
      <source>Click a pick ticket to claim its order.</source>
      <translation>Napsauta keräyslappua ottaaksesi tilauksen.</translation>
    </message>
    <message>
      <source>The label did not come out: look at the label printer on the training bench.</source>
      <translation>Tarra ei tullut ulos: katso harjoituspöydän tarratulostinta.</translation>
    </message>
    <message>
      <source>Everything is done: close the order (F12).</source>
      <translation>Kaikki on tehty: sulje tilaus (F12).</translation>
    </message>
    <message>
      <source>Scan the items in the tote, one by one; look at each unit before you scan it.</source>
      <translation>Skannaa keräilylaatikon tuotteet yksi kerrallaan; katso jokainen tuote ennen kuin skannaat sen.</translation>
    </message>
    <message>
      <source>Answer the check on the screen from what you see on the unit.</source>
      <translation>Vastaa näytön tarkistukseen sen perusteella, mitä näet tuotteessa.</translation>
    </message>
    <message>
      <source>Take the planned box and scan it; then weigh it.</source>
      <translation>Ota suunniteltu laatikko ja skannaa se; punnitse se sitten.</translation>
    </message>
    <message>
      <source>Put the printed slip in the box and scan it.</source>
      <translation>Laita tulostettu lappu laatikkoon ja skannaa se.</translation>
    </message>
    <message>
      <source>Stick the label on the box and scan it.</source>
      <translation>Kiinnitä tarra laatikkoon ja skannaa se.</translation>
    </message>
    <message>
      <source>Every order of this scenario is done: click “Finish and score”.</source>
      <translation>Skenaarion kaikki tilaukset on tehty: napsauta ”Lopeta ja pisteytä”.</translation>
    </message>
    <message>
      <source>Take box {boxes} and scan it; then weigh it.</source>
      <translation>Ota laatikko {boxes} ja skannaa se; punnitse se sitten.</translation>
    </message>
    <message>
      <source>Packstation — TRAINING bench (virtual scanner, scale, printer)</source>
      <translation>Packstation — KOULUTUSpiste (virtuaalinen skanneri, vaaka, tulostin)</translation>
    </message>
    <message>
      <source>TRAINING — virtual devices</source>
      <translation>KOULUTUS — virtuaaliset laitteet</translation>
    </message>
    <message>
      <source>Hints (off for an exam)</source>
      <translation>Vihjeet (pois kokeessa)</translation>
    </message>
    <message>
      <source>Start scenario</source>
      <translation>Aloita skenaario</translation>
    </message>
    <message>
      <source>Finish and score</source>
      <translation>Lopeta ja pisteytä</translation>
    </message>
    <message>
      <source>Virtual scanner: click to scan</source>
      <translation>Virtuaalinen skanneri: skannaa napsauttamalla</translation>
    </message>
    <message>
      <source>Put the box on the scale</source>
      <translation>Nosta laatikko vaa'alle</translation>
    </message>
    <message>
      <source>Look inside the box</source>
      <translation>Katso laatikon sisään</translation>
    </message>
    <message>
      <source>Keys: Ctrl+Shift+S start · ↑/↓ or Tab move between items, Home the first, End the newest (box, slip, label) · Enter scans it · Ctrl+Shift+W scale · Ctrl+Shift+B look inside the box · Ctrl+Shift+J clear the jam · Ctrl+Shift+F finish and score</source>
      <translation>Näppäimet: Ctrl+Shift+S aloita · ↑/↓ tai Tab siirtää tuotteiden välillä, Home ensimmäinen, End uusin (laatikko, lappu, tarra) · Enter skannaa · Ctrl+Shift+W vaaka · Ctrl+Shift+B katso laatikon sisään · Ctrl+Shift+J poista tukos · Ctrl+Shift+F lopeta ja pisteytä</translation>
    </message>
    <message>
      <source>Open the printer and clear the jam</source>
      <translation>Avaa tulostin ja poista tukos</translation>
    </message>
    <message>
      <source>PASSED</source>
      <translation>HYVÄKSYTTY</translation>
    </message>
    <message>
      <source>NOT PASSED</source>
      <translation>HYLÄTTY</translation>
    </message>
    <message>
      <source>Choose a scenario and start.</source>
      <translation>Valitse skenaario ja aloita.</translation>
    </message>
    <message>
      <source>Printed documents appear here</source>
      <translation>Tulostetut asiakirjat näkyvät tässä</translation>
    </message>
    <message>
      <source>Found in the box and taken out: {what}. Weigh the box again.</source>
      <translation>Löytyi laatikosta ja otettiin pois: {what}. Punnitse laatikko uudelleen.</translation>
    </message>
    <message>
      <source>The box holds what was scanned, nothing else.</source>
      <translation>Laatikossa on vain se, mikä skannattiin.</translation>
    </message>
    <message>
      <source>Wrong on purpose: {what}</source>
      <translation>Tahallaan väärin: {what}</translation>
    </message>
    <message>
      <source>Label printer: JAMMED — paper stuck under the print head</source>
      <translation>Tarratulostin: TUKOS — paperi juuttunut tulostuspään alle</translation>
    </message>
    <message>
      <source>Label printer: ready (prints PDF files)</source>
      <translation>Tarratulostin: valmis (tulostaa PDF-tiedostoja)</translation>
    </message>
    <message>
      <source>&lt;p&gt;Time {seconds} s · caught {caught}/{injected} · handled right {handled}/{injected} · missed {missed} · overrides asked {overrides} · own slips {own} · accuracy {accuracy}&lt;/p&gt;</source>
      <translation>&lt;p&gt;Aika {seconds} s · havaittu {caught}/{injected} · hoidettu oikein {handled}/{injected} · huomaamatta {missed} · pyydetyt ohitusluvat {overrides} · omat virheet {own} · tarkkuus {accuracy}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
      <source>Pick ticket {key} (%n item(s) in tote)</source>
      <translation>
        <numerusform>Keräyslappu {key} (%n tuote keräilylaatikossa)</numerusform>
        <numerusform>Keräyslappu {key} (%n tuotetta keräilylaatikossa)</numerusform>
      </translation>
    </message>
    <message>
      <source>Box {box}</source>
      <translation>Laatikko {box}</translation>
    </message>
    <message>
      <source>Printed slip</source>
      <translation>Tulostettu lappu</translation>
    </message>
    <message>
      <source>Unknown barcode</source>
      <translation>Tuntematon viivakoodi</translation>
    </message>
    <message>
      <source>Kawka mug (another merchant)</source>
      <translation>Kawka-muki (toinen kauppias)</translation>
    </message>
    <message>
      <source>Shipping label</source>
      <translation>Lähetystarra</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Tilaus</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Virhe</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Tulos</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Mitä tapahtui</translation>
    </message>
    <message>
      <source>Print selected scorecard (PDF)</source>
      <translation>Tulosta valittu tuloskortti (PDF)</translation>
    </message>
    <message>
      <source>Trainees (select one for their results per error type)</source>
      <translation>Perehdytettävät (valitse yksi nähdäksesi tulokset virhetyypeittäin)</translation>
    </message>
    <message>
      <source>Per error type</source>
      <translation>Virhetyypeittäin</translation>
    </message>
    <message>
      <source>Scorecards</source>
      <translation>Tuloskortit</translation>
    </message>
    <message>
      <source>Scorecard saved: {path}</source>
      <translation>Tuloskortti tallennettu: {path}</translation>
    </message>
    <message>
      <source>Packstation — TRAINING</source>
      <translation>Packstation — KOULUTUS</translation>
    </message>
    <message>
      <source>TRAINING — demo database, nothing here ships</source>
      <translation>KOULUTUS — demotietokanta, mitään ei lähetetä</translation>
    </message>
    <message>
      <source>Practice floor</source>
      <translation>Harjoituskenttä</translation>
    </message>
    <message>
      <source>Trainer: trainees and scorecards</source>
      <translation>Kouluttaja: koulutettavat ja tuloskortit</translation>
    </message>
    <message>
      <source>Trainee</source>
      <translation>Perehdytettävä</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Suorituksia</translation>
    </message>
    <message>
      <source>Scenarios passed</source>
      <translation>Läpäistyt skenaariot</translation>
    </message>
    <message>
      <source>Best accuracy</source>
      <translation>Paras tarkkuus</translation>
    </message>
    <message>
      <source>Trend (accuracy per attempt)</source>
      <translation>Kehitys (tarkkuus yrityksittäin)</translation>
    </message>
    <message>
      <source>Last run</source>
      <translation>Viimeisin suoritus</translation>
    </message>
    <message>
      <source>Error type</source>
      <translation>Virhetyyppi</translation>
    </message>
    <message>
      <source>Injected</source>
      <translation>Lisätty</translation>
    </message>
    <message>
      <source>Caught</source>
      <translation>Havaittu</translation>
    </message>
    <message>
      <source>Handled right</source>
      <translation>Hoidettu oikein</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>Huomaamatta</translation>
    </message>
    <message>
      <source>Overrides</source>
      <translation>Ohitusluvat</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Aika</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Skenaario</translation>
    </message>
    <message>
      <source>Hints</source>
      <translation>Vihjeet</translation>
    </message>
    <message>
      <source>Accuracy</source>
      <translation>Tarkkuus</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>Hyväksytty</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>Scorecard PDF</source>
      <translation>Tuloskortti (PDF)</translation>
    </message>
    <message>
      <source>Next: {step}</source>
      <translation>Seuraavaksi: {step}</translation>
    </message>
    <message>
      <source>Sign in first (scan your badge).</source>
      <translation>Kirjaudu ensin sisään (skannaa kulkukorttisi).</translation>
    </message>
    <message>
      <source>on</source>
      <translation>päällä</translation>
    </message>
    <message>
      <source>off</source>
      <translation>pois</translation>
    </message>
    <message>
      <source>running</source>
      <translation>käynnissä</translation>
    </message>
    <message>
      <source>The scorecard was NOT saved: {why}</source>
      <translation>Tuloskorttia EI tallennettu: {why}</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>kyllä</translation>
    </message>
    <message>
      <source>no</source>
      <translation>ei</translation>
    </message>
    <message>
      <source>ORDER OPEN</source>
      <translation>TILAUS AUKI</translation>
    </message>
    <message numerus="yes">
      <source>Order {ref}: %n unit(s) to pack</source>
      <translation>
        <numerusform>Tilaus {ref}: %n kappale pakattavana</numerusform>
        <numerusform>Tilaus {ref}: %n kappaletta pakattavana</numerusform>
      </translation>
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
    <message numerus="yes">
      <source>How many units of {sku} (%n still to pack)?</source>
      <translation>
        <numerusform>Montako kappaletta tuotetta {sku} (%n vielä pakkaamatta)?</numerusform>
        <numerusform>Montako kappaletta tuotetta {sku} (%n vielä pakkaamatta)?</numerusform>
      </translation>
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
      <source>Box {n} of {m}: expected about {g} g (its items, cushioning and the box itself)</source>
      <translation>Laatikko {n}/{m}: odotettu noin {g} g (tuotteet, täyte ja itse laatikko)</translation>
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
      <translation>Tilaus {ref}: {reason}. Vie keräilylaatikko poikkeushyllylle.</translation>
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
      <source>{check} — {sku}</source>
      <translation>{check} — {sku}</translation>
    </message>
    <message>
      <source>FAILED: {what}</source>
      <translation>HYLÄTTY: {what}</translation>
    </message>
    <message>
      <source>The order cannot close yet: {reasons}</source>
      <translation>Tilausta ei voi vielä sulkea: {reasons}</translation>
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
      <source>OVERRIDDEN</source>
      <translation>OHITETTU</translation>
    </message>
    <message>
      <source>A lead approved: {reason}. {next}: {detail}</source>
      <translation>Vuoroesimies hyväksyi: {reason}. {next}: {detail}</translation>
    </message>
    <message>
      <source>Printer fault: {fault}</source>
      <translation>Tulostinvika: {fault}</translation>
    </message>
    <message>
      <source>CANNOT CLOSE</source>
      <translation>EI VOI SULKEA</translation>
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
      <source>Packstation cannot start</source>
      <translation>Packstation ei voi käynnistyä</translation>
    </message>
    <message>
      <source>marketing</source>
      <translation>markkinointi</translation>
    </message>
    <message>
      <source>apology</source>
      <translation>anteeksipyyntö</translation>
    </message>
    <message>
      <source>returns</source>
      <translation>palautukset</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Asiakas</translation>
    </message>
    <message>
      <source>Gets it</source>
      <translation>Saa sen</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Miksi</translation>
    </message>
    <message>
      <source>Headline</source>
      <translation>Otsikko</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Teksti</translation>
    </message>
    <message>
      <source>Variant</source>
      <translation>Versio</translation>
    </message>
    <message>
      <source>Inserted</source>
      <translation>Laitettu</translation>
    </message>
    <message>
      <source>Redeemed</source>
      <translation>Lunastettu</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Osuus</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>Myynti</translation>
    </message>
    <message>
      <source>Came back</source>
      <translation>Palasi</translation>
    </message>
    <message>
      <source>Uplift, points (95 %)</source>
      <translation>Nousu, %-yksikköä (95 %)</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Kustannus</translation>
    </message>
    <message numerus="yes">
      <source>Insert cost in all: {cost} ({each} each). Came back: ordered again within %n day(s).</source>
      <translation>
        <numerusform>Mainoslappujen kustannus yhteensä: {cost} ({each} kpl). Palanneet: tilasivat uudelleen %n päivän kuluessa.</numerusform>
        <numerusform>Mainoslappujen kustannus yhteensä: {cost} ({each} kpl). Palanneet: tilasivat uudelleen %n päivän kuluessa.</numerusform>
      </translation>
    </message>
    <message>
      <source>A copy: not saved and not active yet.</source>
      <translation>Kopio: ei vielä tallennettu eikä käytössä.</translation>
    </message>
    <message>
      <source>New campaign</source>
      <translation>Uusi kampanja</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktiivinen</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Tallenna</translation>
    </message>
    <message>
      <source>YYYY-MM-DD (empty: now)</source>
      <translation>VVVV-KK-PP (tyhjä: nyt)</translation>
    </message>
    <message>
      <source>YYYY-MM-DD (empty: open)</source>
      <translation>VVVV-KK-PP (tyhjä: ei päättymistä)</translation>
    </message>
    <message>
      <source>Hi {first_name}, …</source>
      <translation>Hei {first_name}, …</translation>
    </message>
    <message>
      <source>Sample customers who get it: {n}/{total} · Queued orders that would: {queued}</source>
      <translation>Sen saavat esimerkkiasiakkaat: {n}/{total} · Jonossa olevat tilaukset, jotka saisivat sen: {queued}</translation>
    </message>
    <message>
      <source>Saved {name}</source>
      <translation>{name} tallennettu</translation>
    </message>
    <message>
      <source>Holdout (no slip)</source>
      <translation>Vertailuryhmä (ei mainoslappua)</translation>
    </message>
    <message>
      <source>Campaign name</source>
      <translation>Kampanjan nimi</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Laji</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioriteetti</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Alkaa</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Päättyy</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Kieli</translation>
    </message>
    <message>
      <source>Who gets it</source>
      <translation>Kuka sen saa</translation>
    </message>
    <message>
      <source>Coupon prefix</source>
      <translation>Kupongin etuliite</translation>
    </message>
    <message>
      <source>Paper per insert</source>
      <translation>Paperi per mainoslappu</translation>
    </message>
    <message>
      <source>Printing per insert</source>
      <translation>Tulostus per mainoslappu</translation>
    </message>
    <message>
      <source>From the template: adjust it, then Save.</source>
      <translation>Mallista: muokkaa ja valitse sitten Tallenna.</translation>
    </message>
    <message>
      <source>copy</source>
      <translation>kopio</translation>
    </message>
    <message>
      <source>Edit as JSON</source>
      <translation>Muokkaa JSONina</translation>
    </message>
    <message>
      <source>New from a template…</source>
      <translation>Uusi mallista…</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Monista</translation>
    </message>
    <message numerus="yes">
      <source>{name} ({kind}) — %n slip(s)</source>
      <translation>
        <numerusform>{name} ({kind}) — %n lappu</numerusform>
        <numerusform>{name} ({kind}) — %n lappua</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} ({kind}, off) — %n slip(s)</source>
      <translation>
        <numerusform>{name} ({kind}, pois) — %n lappu</numerusform>
        <numerusform>{name} ({kind}, pois) — %n lappua</numerusform>
      </translation>
    </message>
    <message>
      <source>Save the campaign to see what its slips do.</source>
      <translation>Tallenna kampanja nähdäksesi, mitä sen mainoslaput saavat aikaan.</translation>
    </message>
    <message>
      <source>Stop the losing variant</source>
      <translation>Pysäytä häviävä versio</translation>
    </message>
    <message>
      <source>No holdout group: set a holdout share to measure the uplift.</source>
      <translation>Ei vertailuryhmää: aseta vertailuryhmän osuus nousun mittaamiseksi.</translation>
    </message>
    <message>
      <source>Stop the losing variant ({variant})</source>
      <translation>Pysäytä häviävä versio ({variant})</translation>
    </message>
    <message>
      <source>{variant} (stopped)</source>
      <translation>{variant} (pysäytetty)</translation>
    </message>
    <message>
      <source>There is no losing variant to stop: fewer than two variants are running with slips inserted.</source>
      <translation>Pysäytettävää häviävää versiota ei ole: alle kaksi versiota on käynnissä laitetuin mainoslapuin.</translation>
    </message>
    <message>
      <source>Campaigns</source>
      <translation>Kampanjat</translation>
    </message>
    <message>
      <source>Preview for sample customers</source>
      <translation>Esikatselu esimerkkiasiakkaille</translation>
    </message>
    <message>
      <source>Orders in the queue that would get it</source>
      <translation>Jonossa olevat tilaukset, jotka saisivat sen</translation>
    </message>
    <message>
      <source>Results against the holdout group</source>
      <translation>Tulokset vertailuryhmään nähden</translation>
    </message>
    <message>
      <source>Variant {variant} stopped: new slips go to the other variants.</source>
      <translation>Versio {variant} pysäytetty: uudet mainoslaput menevät muille versioille.</translation>
    </message>
    <message>
      <source>Not saved: {reason}</source>
      <translation>Ei tallennettu: {reason}</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Kyllä</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Ei</translation>
    </message>
    <message>
      <source>This shift (last 8 h)</source>
      <translation>Tämä vuoro (viimeiset 8 h)</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Tänään</translation>
    </message>
    <message>
      <source>Yesterday</source>
      <translation>Eilen</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Oma aikaväli</translation>
    </message>
    <message>
      <source>Errors by type</source>
      <translation>Virheet tyypeittäin</translation>
    </message>
    <message>
      <source>Orders and errors by hour</source>
      <translation>Tilaukset ja virheet tunneittain</translation>
    </message>
    <message>
      <source>By hour</source>
      <translation>Tunneittain</translation>
    </message>
    <message>
      <source>Errors by packer</source>
      <translation>Virheet pakkaajittain</translation>
    </message>
    <message>
      <source>Packers</source>
      <translation>Pakkaajat</translation>
    </message>
    <message>
      <source>Ratios compare each packer with the floor on the same mix of single-unit, single-line and multi-line orders (1.00 = floor; below 1 = faster / fewer errors).</source>
      <translation>Suhdeluvut vertaavat kutakin pakkaajaa koko varastoon samalla yhden kappaleen, yhden rivin ja monirivisten tilausten sekoituksella (1,00 = varasto; alle 1 = nopeampi / vähemmän virheitä).</translation>
    </message>
    <message>
      <source>Errors by station</source>
      <translation>Virheet pakkauspisteittäin</translation>
    </message>
    <message>
      <source>Stations</source>
      <translation>Pakkauspisteet</translation>
    </message>
    <message>
      <source>On time and OTIF by merchant (%)</source>
      <translation>Ajallaan ja OTIF kauppiaittain (%)</translation>
    </message>
    <message>
      <source>On time in full</source>
      <translation>Ajallaan ja täydellisenä</translation>
    </message>
    <message>
      <source>Orders and errors by day</source>
      <translation>Tilaukset ja virheet päivittäin</translation>
    </message>
    <message>
      <source>By day</source>
      <translation>Päivittäin</translation>
    </message>
    <message>
      <source>Errors by SKU</source>
      <translation>Virheet nimikkeittäin</translation>
    </message>
    <message>
      <source>Range</source>
      <translation>Aikaväli</translation>
    </message>
    <message>
      <source>to</source>
      <translation>–</translation>
    </message>
    <message>
      <source>Tick stations to include; none ticked = every station</source>
      <translation>Valitse mukaan otettavat pakkauspisteet; ei valintaa = kaikki pakkauspisteet</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>Reaaliaikainen</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Päivitä</translation>
    </message>
    <message>
      <source>Report PDF…</source>
      <translation>Raportti PDF…</translation>
    </message>
    <message>
      <source>CSV…</source>
      <translation>CSV…</translation>
    </message>
    <message>
      <source>Order ref or barcode → timeline</source>
      <translation>Tilausnro tai viivakoodi → aikajana</translation>
    </message>
    <message>
      <source>Refreshing…</source>
      <translation>Päivitetään…</translation>
    </message>
    <message>
      <source>Updated {time}. Enter or double-click on a count (or click a bar) shows its events; Ctrl+Tab: next table.</source>
      <translation>Päivitetty {time}. Enter tai kaksoisnapsautus luvussa (tai palkin napsautus) näyttää tapahtumat; Ctrl+Tab: seuraava taulukko.</translation>
    </message>
    <message>
      <source>Packer</source>
      <translation>Pakkaaja</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Pakkauspiste</translation>
    </message>
    <message>
      <source>on time &lt;b&gt;{on_time}&lt;/b&gt; · OTIF &lt;b&gt;{otif}&lt;/b&gt; · order-to-ship p50 &lt;b&gt;{p50}&lt;/b&gt; p90 &lt;b&gt;{p90}&lt;/b&gt; · &lt;b&gt;{at_risk}&lt;/b&gt; orders at risk now</source>
      <translation>ajallaan &lt;b&gt;{on_time}&lt;/b&gt; · OTIF (ajallaan ja täydellisenä) &lt;b&gt;{otif}&lt;/b&gt; · tilauksesta lähetykseen mediaani &lt;b&gt;{p50}&lt;/b&gt; 90. persentiili &lt;b&gt;{p90}&lt;/b&gt; · &lt;b&gt;{at_risk}&lt;/b&gt; tilausta vaarassa nyt</translation>
    </message>
    <message>
      <source>Save shift report</source>
      <translation>Tallenna vuororaportti</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Tallennettu {path}</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Määrä</translation>
    </message>
    <message>
      <source>Hour</source>
      <translation>Tunti</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Tilaukset</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Kappaleet</translation>
    </message>
    <message>
      <source>Errors</source>
      <translation>Virheet</translation>
    </message>
    <message>
      <source>Orders/h</source>
      <translation>Tilaukset/h</translation>
    </message>
    <message>
      <source>Avg pack</source>
      <translation>Keskim. pakkaus</translation>
    </message>
    <message>
      <source>Time ratio</source>
      <translation>Aikasuhde</translation>
    </message>
    <message>
      <source>Error ratio</source>
      <translation>Virhesuhde</translation>
    </message>
    <message>
      <source>Merchant</source>
      <translation>Kauppias</translation>
    </message>
    <message>
      <source>With ship-by</source>
      <translation>Lähetysajan kanssa</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>Ajallaan</translation>
    </message>
    <message>
      <source>OTIF</source>
      <translation>Ajallaan ja täydellisenä</translation>
    </message>
    <message>
      <source>Order-to-ship p50</source>
      <translation>Tilauksesta lähetykseen, mediaani</translation>
    </message>
    <message>
      <source>p90</source>
      <translation>90. persentiili</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>Vaarassa</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Myöhässä</translation>
    </message>
    <message>
      <source>Order at risk</source>
      <translation>Vaarassa oleva tilaus</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <source>Ship by</source>
      <translation>Lähetettävä viimeistään</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Aikaa jäljellä</translation>
    </message>
    <message>
      <source>On time: closed at the bench by the order's ship-by time. OTIF: on time and no unit short-shipped. Order-to-ship: placed to closed. At risk: open orders due within 2 hours or overdue, now.</source>
      <translation>Ajallaan: suljettu pakkauspisteellä tilauksen lähetysaikaan mennessä. OTIF: ajallaan eikä yhtään kappaletta lähetetty vajaana. Tilauksesta lähetykseen: tekemisestä sulkemiseen. Vaarassa: avoimet tilaukset, joiden määräaika on 2 tunnin sisällä tai jo ohi, juuri nyt.</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Päivä</translation>
    </message>
    <message>
      <source>Pick Last 7 days or Last 30 days above for the trend.</source>
      <translation>Valitse yllä Viimeiset 7 päivää tai Viimeiset 30 päivää nähdäksesi kehityksen.</translation>
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
      <source>Look-alike SKUs swapped for each other show up here first: fix them with a lead's eye on the shelf.</source>
      <translation>Toisiaan muistuttavat, keskenään sekoitetut nimikkeet näkyvät tässä ensin: korjaa ne vuoroesimiehen silmin hyllyllä.</translation>
    </message>
    <message>
      <source>No order {ref}</source>
      <translation>Ei tilausta {ref}</translation>
    </message>
    <message>
      <source>Could not refresh: {error}</source>
      <translation>Päivitys epäonnistui: {error}</translation>
    </message>
    <message>
      <source>Orders: &lt;b&gt;{orders}&lt;/b&gt; · Units: &lt;b&gt;{units}&lt;/b&gt; · Orders/h: &lt;b&gt;{orders_h}&lt;/b&gt; · Units/h: &lt;b&gt;{units_h}&lt;/b&gt; · Avg pack: &lt;b&gt;{pack}&lt;/b&gt; · Accuracy: &lt;b&gt;{accuracy}&lt;/b&gt; · Errors: &lt;b&gt;{errors}&lt;/b&gt;</source>
      <translation>Tilaukset: &lt;b&gt;{orders}&lt;/b&gt; · Kappaleet: &lt;b&gt;{units}&lt;/b&gt; · Tilauksia/h: &lt;b&gt;{orders_h}&lt;/b&gt; · Kpl/h: &lt;b&gt;{units_h}&lt;/b&gt; · Keskim. pakkaus: &lt;b&gt;{pack}&lt;/b&gt; · Tarkkuus: &lt;b&gt;{accuracy}&lt;/b&gt; · Virheet: &lt;b&gt;{errors}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>All merchants</source>
      <translation>Kaikki kauppiaat</translation>
    </message>
    <message>
      <source>overdue {time}</source>
      <translation>myöhässä {time}</translation>
    </message>
    <message>
      <source>TRAINING</source>
      <translation>KOULUTUS</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanava</translation>
    </message>
    <message>
      <source>Tries</source>
      <translation>Yrityksiä</translation>
    </message>
    <message>
      <source>Next try</source>
      <translation>Seuraava yritys</translation>
    </message>
    <message>
      <source>Last error</source>
      <translation>Viimeisin virhe</translation>
    </message>
    <message>
      <source>outbox folder</source>
      <translation>lähtevien kansio</translation>
    </message>
    <message>
      <source>webhook</source>
      <translation>webhook</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>odottaa</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>lähetetään</translation>
    </message>
    <message>
      <source>delivered</source>
      <translation>toimitettu</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>Lähetä nyt</translation>
    </message>
    <message>
      <source>No shipment confirmations yet.</source>
      <translation>Ei vielä lähetysvahvistuksia.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Koodi</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Hyväksyjä</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Määrä</translation>
    </message>
    <message>
      <source>Scanned</source>
      <translation>Skannattu</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Lisätiedot</translation>
    </message>
    <message>
      <source>&lt;b&gt;Order {ref}&lt;/b&gt; · {status} · {merchant} · Customer: {customer} · Lines: {lines} · Units: {units} · Closed: {closed} · Events: {events} · Errors: {errors}</source>
      <translation>&lt;b&gt;Tilaus {ref}&lt;/b&gt; · {status} · {merchant} · Asiakas: {customer} · Rivit: {lines} · Kappaleet: {units} · Suljettu: {closed} · Tapahtumat: {events} · Virheet: {errors}</translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;{title}&lt;/b&gt; — %n event(s). Enter or double-click on one shows its order's whole timeline; Esc goes back.</source>
      <translation>
        <numerusform>&lt;b&gt;{title}&lt;/b&gt; — %n tapahtuma. Enter tai kaksoisnapsautus tapahtumassa näyttää tilauksen koko aikajanan; Esc palaa.</numerusform>
        <numerusform>&lt;b&gt;{title}&lt;/b&gt; — %n tapahtumaa. Enter tai kaksoisnapsautus tapahtumassa näyttää tilauksen koko aikajanan; Esc palaa.</numerusform>
      </translation>
    </message>
    <message>
      <source>Order {ref} — timeline</source>
      <translation>Tilaus {ref} — aikajana</translation>
    </message>
    <message>
      <source>Exception: {reason}</source>
      <translation>Poikkeus: {reason}</translation>
    </message>
    <message>
      <source>Tracking number, SSCC or order</source>
      <translation>Seurantanumero, SSCC tai tilaus</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>Hae</translation>
    </message>
    <message>
      <source>Save as PDF ...</source>
      <translation>Tallenna PDF:ksi ...</translation>
    </message>
    <message>
      <source>Looking up {code} ...</source>
      <translation>Haetaan {code} ...</translation>
    </message>
    <message>
      <source>Evidence for</source>
      <translation>Todisteet koodille</translation>
    </message>
    <message>
      <source>Every scan and verdict</source>
      <translation>Jokainen skannaus ja tulos</translation>
    </message>
    <message>
      <source>not weighed</source>
      <translation>ei punnittu</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ei mitään</translation>
    </message>
    <message>
      <source>taken {when}, SHA-256 {hash}</source>
      <translation>otettu {when}, SHA-256 {hash}</translation>
    </message>
    <message>
      <source>no photo: {reason}</source>
      <translation>ei kuvaa: {reason}</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>Ei kuvaa</translation>
    </message>
    <message>
      <source>Save the evidence record</source>
      <translation>Tallenna todisteraportti</translation>
    </message>
    <message>
      <source>Packed by</source>
      <translation>Pakkaaja</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Aloitettu</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Valmis</translation>
    </message>
    <message>
      <source>Order {ref}</source>
      <translation>Tilaus {ref}</translation>
    </message>
    <message>
      <source>no camera</source>
      <translation>ei kameraa</translation>
    </message>
    <message>
      <source>Box</source>
      <translation>Laatikko</translation>
    </message>
    <message>
      <source>Cushioning</source>
      <translation>Täytemateriaali</translation>
    </message>
    <message>
      <source>Expected weight</source>
      <translation>Odotettu paino</translation>
    </message>
    <message>
      <source>Measured weight</source>
      <translation>Mitattu paino</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Osoitetarra</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Kuva</translation>
    </message>
    <message>
      <source>Quality checks</source>
      <translation>Laatutarkistukset</translation>
    </message>
    <message>
      <source>Slips and coupons</source>
      <translation>Lehtiset ja kupongit</translation>
    </message>
    <message>
      <source>Package {n} of {count}</source>
      <translation>Paketti {n}/{count}</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>hyväksytty</translation>
    </message>
    <message>
      <source>overridden</source>
      <translation>ohitettu esimiehen luvalla</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>Vaurioitunut</translation>
    </message>
    <message>
      <source>Wrong item</source>
      <translation>Väärä tuote</translation>
    </message>
    <message>
      <source>Missing item</source>
      <translation>Puuttuva tuote</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Rivi</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>Lähetetty</translation>
    </message>
    <message>
      <source>Complaint units</source>
      <translation>Reklamoidut kappaleet</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Kirjattu</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Mitä</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Rivit</translation>
    </message>
    <message>
      <source>Replacement</source>
      <translation>Korvaava tilaus</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Huomautus</translation>
    </message>
    <message>
      <source>Order reference or pick-ticket barcode, then Enter</source>
      <translation>Tilausviite tai keräyslapun viivakoodi, sitten Enter</translation>
    </message>
    <message>
      <source>What the customer said (optional)</source>
      <translation>Mitä asiakas sanoi (valinnainen)</translation>
    </message>
    <message>
      <source>Record complaint and replacement (Ctrl+Enter)</source>
      <translation>Kirjaa reklamaatio ja korvaava tilaus (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>No evidence for this order: {reason}</source>
      <translation>Tälle tilaukselle ei ole todisteita: {reason}</translation>
    </message>
    <message>
      <source>Complaint about order</source>
      <translation>Reklamaatio tilauksesta</translation>
    </message>
    <message>
      <source>What went wrong</source>
      <translation>Mikä meni vikaan</translation>
    </message>
    <message>
      <source>{kind}, replacement {replacement}</source>
      <translation>{kind}, korvaava tilaus {replacement}</translation>
    </message>
    <message>
      <source>Order {ref} ({merchant}, {customer}) shipped {when}.</source>
      <translation>Tilaus {ref} ({merchant}, {customer}) lähetetty {when}.</translation>
    </message>
    <message>
      <source>The package's evidence</source>
      <translation>Paketin todisteet</translation>
    </message>
    <message>
      <source>Latest complaints</source>
      <translation>Viimeisimmät reklamaatiot</translation>
    </message>
    <message>
      <source>Line {line}: type a number of units, not {text}</source>
      <translation>Rivi {line}: kirjoita kappalemäärä, ei {text}</translation>
    </message>
    <message>
      <source>Earlier complaints: {list}</source>
      <translation>Aiemmat reklamaatiot: {list}</translation>
    </message>
    <message>
      <source>Complaint recorded ({lines}). Replacement order {replacement} is first in the queue; its box gets the apology slip and coupon.</source>
      <translation>Reklamaatio kirjattu ({lines}). Korvaava tilaus {replacement} on jonossa ensimmäisenä; sen laatikkoon tulee anteeksipyyntölappu ja kuponki.</translation>
    </message>
    <message>
      <source>Scans</source>
      <translation>Skannaukset</translation>
    </message>
    <message>
      <source>Double-click to see the events behind this count</source>
      <translation>Kaksoisnapsauta nähdäksesi tämän luvun tapahtumat</translation>
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
      <source>Role</source>
      <translation>Rooli</translation>
    </message>
    <message>
      <source>PIN set</source>
      <translation>PIN asetettu</translation>
    </message>
    <message>
      <source>Station name</source>
      <translation>Pakkauspisteen nimi</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Viimeksi nähty</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>Lisää henkilö</translation>
    </message>
    <message>
      <source>Selected person</source>
      <translation>Valittu henkilö</translation>
    </message>
    <message>
      <source>Name (optional)</source>
      <translation>Nimi (valinnainen)</translation>
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
      <source>Reset PIN</source>
      <translation>Nollaa PIN-koodi</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>Vaihda rooli</translation>
    </message>
    <message>
      <source>Change language</source>
      <translation>Vaihda kieli</translation>
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
      <source>Added {name}</source>
      <translation>Lisätty: {name}</translation>
    </message>
    <message>
      <source>New PIN set for {name}</source>
      <translation>Uusi PIN-koodi asetettu: {name}</translation>
    </message>
    <message>
      <source>{name} deactivated</source>
      <translation>{name} poistettu käytöstä</translation>
    </message>
    <message>
      <source>{name} activated</source>
      <translation>{name} otettu käyttöön</translation>
    </message>
    <message>
      <source>Added station {code}</source>
      <translation>Lisätty pakkauspiste {code}</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>New PIN</source>
      <translation>Uusi PIN-koodi</translation>
    </message>
    <message>
      <source>4-12 digits</source>
      <translation>4–12 numeroa</translation>
    </message>
    <message>
      <source>Pick a person first.</source>
      <translation>Valitse ensin henkilö.</translation>
    </message>
    <message>
      <source>{name} — new role: {role}</source>
      <translation>{name} — uusi rooli: {role}</translation>
    </message>
    <message>
      <source>{name} now reads {language}</source>
      <translation>{name} lukee nyt kieltä {language}</translation>
    </message>
    <message>
      <source>{name} stays active</source>
      <translation>{name} pysyy aktiivisena</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Henkilöt</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>Poista käytöstä</translation>
    </message>
    <message>
      <source>Deactivate {name}? Their badge stops working at once.</source>
      <translation>Poistetaanko {name} käytöstä? Kulkukortti lakkaa toimimasta heti.</translation>
    </message>
    <message>
      <source>exception</source>
      <translation>poikkeus</translation>
    </message>
    <message>
      <source>suspended</source>
      <translation>keskeytetty</translation>
    </message>
    <message>
      <source>stale claim</source>
      <translation>unohtunut varaus</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Syy</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Alkaen</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} h {m} min</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <source>Note: what was done (required to resolve)</source>
      <translation>Huomautus: mitä tehtiin (pakollinen ratkaisuun)</translation>
    </message>
    <message>
      <source>Your PIN (to release)</source>
      <translation>PIN-koodisi (vapauttamiseen)</translation>
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
      <source>Released: {ref}</source>
      <translation>Vapautettu: {ref}</translation>
    </message>
    <message>
      <source>Pick an order first.</source>
      <translation>Valitse ensin tilaus.</translation>
    </message>
    <message>
      <source>Not cancelled: {ref}</source>
      <translation>Ei peruttu: {ref}</translation>
    </message>
    <message>
      <source>Resolved: {ref}</source>
      <translation>Ratkaistu: {ref}</translation>
    </message>
    <message>
      <source>Cancelled: {ref}</source>
      <translation>Peruttu: {ref}</translation>
    </message>
    <message>
      <source>Cancel order</source>
      <translation>Peruuta tilaus</translation>
    </message>
    <message>
      <source>Cancel order {ref}? It will not be packed, and the shop is told by the next export.</source>
      <translation>Peruutetaanko tilaus {ref}? Sitä ei pakata, ja verkkokauppa saa tiedon seuraavassa viennissä.</translation>
    </message>
    <message>
      <source>claimed {ago} ago, no close</source>
      <translation>varattu {ago} sitten, ei suljettu</translation>
    </message>
    <message>
      <source>is</source>
      <translation>on</translation>
    </message>
    <message>
      <source>is not</source>
      <translation>ei ole</translation>
    </message>
    <message>
      <source>is one of</source>
      <translation>on jokin näistä</translation>
    </message>
    <message>
      <source>is none of</source>
      <translation>ei ole mikään näistä</translation>
    </message>
    <message>
      <source>at least</source>
      <translation>vähintään</translation>
    </message>
    <message>
      <source>at most</source>
      <translation>enintään</translation>
    </message>
    <message>
      <source>more than</source>
      <translation>enemmän kuin</translation>
    </message>
    <message>
      <source>less than</source>
      <translation>vähemmän kuin</translation>
    </message>
    <message>
      <source>includes</source>
      <translation>sisältää</translation>
    </message>
    <message>
      <source>does not include</source>
      <translation>ei sisällä</translation>
    </message>
    <message>
      <source>any</source>
      <translation>mikä tahansa</translation>
    </message>
    <message>
      <source>first order</source>
      <translation>ensimmäinen tilaus</translation>
    </message>
    <message>
      <source>second order</source>
      <translation>toinen tilaus</translation>
    </message>
    <message>
      <source>repeat customer</source>
      <translation>kanta-asiakas</translation>
    </message>
    <message>
      <source>lapsed, now back</source>
      <translation>tauolla ollut, nyt palannut</translation>
    </message>
    <message>
      <source>Journey stage</source>
      <translation>Asiakaspolun vaihe</translation>
    </message>
    <message>
      <source>VIP customer</source>
      <translation>VIP-asiakas</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>Ensimmäinen tilaus</translation>
    </message>
    <message>
      <source>Days since the last order (lapsed)</source>
      <translation>Päiviä edellisestä tilauksesta (tauolla)</translation>
    </message>
    <message>
      <source>Open incident</source>
      <translation>Avoin reklamaatio</translation>
    </message>
    <message>
      <source>damaged, late, wrong_item, missing_item</source>
      <translation>damaged, late, wrong_item, missing_item</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Maa</translation>
    </message>
    <message>
      <source>two letters, e.g. NO</source>
      <translation>kaksi kirjainta, esim. FI</translation>
    </message>
    <message>
      <source>en, nb, pl or fi</source>
      <translation>en, nb, pl tai fi</translation>
    </message>
    <message>
      <source>Order value</source>
      <translation>Tilauksen arvo</translation>
    </message>
    <message>
      <source>Orders before this one</source>
      <translation>Tilauksia ennen tätä</translation>
    </message>
    <message>
      <source>Items in a category</source>
      <translation>Tuotteita luokasta</translation>
    </message>
    <message>
      <source>a category</source>
      <translation>luokka</translation>
    </message>
    <message>
      <source>merchant code</source>
      <translation>kauppiaan koodi</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Poista</translation>
    </message>
    <message>
      <source>Customers who match</source>
      <translation>Asiakkaat, jotka täyttävät</translation>
    </message>
    <message>
      <source>all of these</source>
      <translation>kaikki nämä</translation>
    </message>
    <message>
      <source>any of these</source>
      <translation>jonkin näistä</translation>
    </message>
    <message>
      <source>Add condition</source>
      <translation>Lisää ehto</translation>
    </message>
    <message>
      <source>Real orders</source>
      <translation>Oikeat tilaukset</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Luotu</translation>
    </message>
    <message>
      <source>From mistakes</source>
      <translation>Virheistä</translation>
    </message>
    <message>
      <source>Before (per 100 orders)</source>
      <translation>Ennen (100 tilausta kohden)</translation>
    </message>
    <message>
      <source>Since (per 100 orders)</source>
      <translation>Sen jälkeen (100 tilausta kohden)</translation>
    </message>
    <message>
      <source>Lift the selected trainee's gate</source>
      <translation>Poista valitun perehdytettävän esto</translation>
    </message>
    <message>
      <source>Lift the gate</source>
      <translation>Poista esto</translation>
    </message>
    <message>
      <source>Training from the errors that happen</source>
      <translation>Koulutus sattuneista virheistä</translation>
    </message>
    <message>
      <source>A packer's recurring mistakes (same error on the same SKU) become their own training scenario on the training floor.</source>
      <translation>Pakkaajan toistuvista virheistä (sama virhe samassa SKU:ssa) tulee hänen oma harjoitusskenaarionsa harjoitusalueelle.</translation>
    </message>
    <message>
      <source>Make a scenario from their mistakes</source>
      <translation>Tee skenaario virheistä</translation>
    </message>
    <message>
      <source>Save the required scenarios</source>
      <translation>Tallenna vaaditut skenaariot</translation>
    </message>
    <message numerus="yes">
      <source>Saved: %n scenario(s) required before real orders.</source>
      <translation>
        <numerusform>Tallennettu: %n skenaario vaaditaan ennen oikeita tilauksia.</numerusform>
        <numerusform>Tallennettu: %n skenaariota vaaditaan ennen oikeita tilauksia.</numerusform>
      </translation>
    </message>
    <message>
      <source>{name} may claim real orders now.</source>
      <translation>{name} voi nyt ottaa oikeita tilauksia.</translation>
    </message>
    <message>
      <source>Lead badge</source>
      <translation>Vuoroesimiehen kulkukortti</translation>
    </message>
    <message>
      <source>Select a trainee first.</source>
      <translation>Valitse ensin perehdytettävä.</translation>
    </message>
    <message>
      <source>Ready on the training floor: “{title}” · Trainee: {name}</source>
      <translation>Valmiina harjoitusalueella: ”{title}” · Perehdytettävä: {name}</translation>
    </message>
    <message>
      <source>Trainees and the gate before real orders</source>
      <translation>Perehdytettävät ja esto ennen oikeita tilauksia</translation>
    </message>
    <message>
      <source>Scenarios a trainee must pass on this floor</source>
      <translation>Skenaariot, jotka perehdytettävän on läpäistävä tässä varastossa</translation>
    </message>
    <message>
      <source>GATED</source>
      <translation>ESTETTY</translation>
    </message>
    <message>
      <source>must still pass: {missing}</source>
      <translation>pitää vielä läpäistä: {missing}</translation>
    </message>
    <message>
      <source>allowed</source>
      <translation>sallittu</translation>
    </message>
    <message>
      <source>gate lifted by {lead}: {reason}</source>
      <translation>eston poisti {lead}: {reason}</translation>
    </message>
    <message>
      <source>passed every required scenario</source>
      <translation>läpäissyt kaikki vaaditut skenaariot</translation>
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
      <source>Evidence</source>
      <translation>Todisteet</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Reklamaatiot</translation>
    </message>
    <message>
      <source>Packstation — shift lead</source>
      <translation>Packstation — vuoroesimies</translation>
    </message>
    <message>
      <source>Shipment confirmations</source>
      <translation>Lähetysvahvistukset</translation>
    </message>
    <message>
      <source>&amp;Lead</source>
      <translation>&amp;Vuoroesimies</translation>
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
      <source>Not possible now: {action}</source>
      <translation>Ei mahdollista nyt: {action}</translation>
    </message>
    <message>
      <source>CHECKING …</source>
      <translation>TARKISTETAAN …</translation>
    </message>
    <message>
      <source>WELCOME</source>
      <translation>TERVETULOA</translation>
    </message>
    <message>
      <source>{name} at {station}</source>
      <translation>{name} pisteessä {station}</translation>
    </message>
    <message numerus="yes">
      <source>%v of %n unit(s)</source>
      <translation>
        <numerusform>%v / %n kpl</numerusform>
        <numerusform>%v / %n kpl</numerusform>
      </translation>
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
      <source>print queue</source>
      <translation>tulostusjono</translation>
    </message>
    <message>
      <source>Acknowledge first: press Esc or scan CMD-ACK. That scan was not counted.</source>
      <translation>Kuittaa ensin: paina Esc tai skannaa CMD-ACK. Sitä skannausta ei laskettu.</translation>
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
      <source>KEYBOARD LAYOUT</source>
      <translation>NÄPPÄIMISTÖASETTELU</translation>
    </message>
    <message>
      <source>Finish or close the open dialog first (Esc).</source>
      <translation>Viimeistele tai sulje avoin ikkuna ensin (Esc).</translation>
    </message>
    <message numerus="yes">
      <source>Signed out after %n idle minute(s)</source>
      <translation>
        <numerusform>Kirjauduttu ulos %n minuutin käyttämättömyyden jälkeen</numerusform>
        <numerusform>Kirjauduttu ulos %n minuutin käyttämättömyyden jälkeen</numerusform>
      </translation>
    </message>
    <message>
      <source>CAPS LOCK</source>
      <translation>CAPS LOCK PÄÄLLÄ</translation>
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
      <source>Y  undamaged      N  damaged: take it out</source>
      <translation>Y  ehjä      N  vaurioitunut: ota se pois</translation>
    </message>
    <message>
      <source>Y  the date is fine      N  expired or too short</source>
      <translation>Y  päiväys on kunnossa      N  vanhentunut tai liian lyhyt</translation>
    </message>
    <message>
      <source>Y  wrapped, FRAGILE sticker on the box      N  no sticker or cannot wrap it</source>
      <translation>Y  suojattu, SÄRKYVÄÄ-tarra laatikossa      N  tarra puuttuu tai suojaus ei onnistu</translation>
    </message>
    <message>
      <source>Y  hazard mark on the box      N  no hazard mark at hand</source>
      <translation>Y  varoitusmerkki laatikossa      N  varoitusmerkkiä ei ole saatavilla</translation>
    </message>
    <message>
      <source>Y  no prices on the slip, gift message in      N  prices shown or message missing</source>
      <translation>Y  lähetteessä ei hintoja, lahjaviesti mukana      N  hinnat näkyvät tai viesti puuttuu</translation>
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
      <source>Fragile sticker</source>
      <translation>SÄRKYVÄÄ-tarra</translation>
    </message>
    <message>
      <source>Hazard mark</source>
      <translation>Varoitusmerkki</translation>
    </message>
    <message>
      <source>Gift check</source>
      <translation>Lahjatarkistus</translation>
    </message>
    <message>
      <source>Serial number check</source>
      <translation>Sarjanumerotarkistus</translation>
    </message>
    <message>
      <source>Lot check</source>
      <translation>Erätarkistus</translation>
    </message>
    <message>
      <source>Fragile check</source>
      <translation>Särkyvän tuotteen tarkistus</translation>
    </message>
    <message>
      <source>Hazardous goods check</source>
      <translation>Vaarallisten aineiden tarkistus</translation>
    </message>
    <message>
      <source>packer</source>
      <translation>pakkaaja</translation>
    </message>
    <message>
      <source>lead</source>
      <translation>vuoroesimies</translation>
    </message>
    <message>
      <source>trainer</source>
      <translation>kouluttaja</translation>
    </message>
    <message>
      <source>admin</source>
      <translation>ylläpitäjä</translation>
    </message>
    <message>
      <source>new</source>
      <translation>uusi</translation>
    </message>
    <message>
      <source>claimed</source>
      <translation>varattu</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>suljettu</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>peruttu</translation>
    </message>
    <message>
      <source>Norwegian</source>
      <translation>norjalainen</translation>
    </message>
    <message>
      <source>Finnish</source>
      <translation>suomalainen</translation>
    </message>
    <message>
      <source>German</source>
      <translation>saksalainen</translation>
    </message>
    <message>
      <source>Polish (QWERTZ)</source>
      <translation>puolalainen (QWERTZ)</translation>
    </message>
    <message>
      <source>{name}: own mistakes</source>
      <translation>{name}: omat virheet</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Valmis</translation>
    </message>
    <message>
      <source>PRINTER FAULT</source>
      <translation>TULOSTINVIKA</translation>
    </message>
    <message>
      <source>{fault} Fix the printer, then press F7 to print again.</source>
      <translation>{fault} Korjaa tulostin ja tulosta uudelleen painamalla F7.</translation>
    </message>
    <message>
      <source>NEXT: SCAN THE UNITS</source>
      <translation>SEURAAVAKSI: SKANNAA TUOTTEET</translation>
    </message>
    <message>
      <source>Scan every unit of the order.</source>
      <translation>Skannaa tilauksen jokainen kappale.</translation>
    </message>
    <message>
      <source>NEXT: {check}</source>
      <translation>SEURAAVAKSI: {check}</translation>
    </message>
    <message>
      <source>{prompt} Press {key} (or scan CMD-STEP) to answer.</source>
      <translation>{prompt} Vastaa painamalla {key} (tai skannaa CMD-STEP).</translation>
    </message>
    <message>
      <source>a check</source>
      <translation>tarkistus</translation>
    </message>
    <message>
      <source>NEXT: FIX {check}</source>
      <translation>SEURAAVAKSI: KORJAA {check}</translation>
    </message>
    <message>
      <source>Do the check again (Insert) or ask a lead to override it (F11).</source>
      <translation>Tee tarkistus uudelleen (Insert) tai pyydä vuoroesimiestä ohittamaan se (F11).</translation>
    </message>
    <message>
      <source>NEXT: SCAN THE BOX</source>
      <translation>SEURAAVAKSI: SKANNAA LAATIKKO</translation>
    </message>
    <message>
      <source>Take box {box} and scan its barcode.</source>
      <translation>Ota laatikko {box} ja skannaa sen viivakoodi.</translation>
    </message>
    <message>
      <source>NEXT: SLIPS PRINTING</source>
      <translation>SEURAAVAKSI: LAPUT TULOSTUVAT</translation>
    </message>
    <message>
      <source>Wait for the slips; F7 prints them again.</source>
      <translation>Odota lappuja; F7 tulostaa ne uudelleen.</translation>
    </message>
    <message>
      <source>NEXT: SCAN THE SLIPS</source>
      <translation>SEURAAVAKSI: SKANNAA LAPUT</translation>
    </message>
    <message>
      <source>Scan each printed slip, then put it in the box.</source>
      <translation>Skannaa jokainen tulostettu lappu ja laita se laatikkoon.</translation>
    </message>
    <message>
      <source>NEXT: LABEL PRINTING</source>
      <translation>SEURAAVAKSI: OSOITETARRA TULOSTUU</translation>
    </message>
    <message>
      <source>Wait for the label; F7 prints it again.</source>
      <translation>Odota osoitetarraa; F7 tulostaa sen uudelleen.</translation>
    </message>
    <message>
      <source>NEXT: SCAN THE LABEL</source>
      <translation>SEURAAVAKSI: SKANNAA OSOITETARRA</translation>
    </message>
    <message>
      <source>Stick the label on the box, then scan it.</source>
      <translation>Kiinnitä osoitetarra laatikkoon ja skannaa se.</translation>
    </message>
    <message>
      <source>NEXT: CLOSE THE ORDER</source>
      <translation>SEURAAVAKSI: SULJE TILAUS</translation>
    </message>
    <message>
      <source>Everything is checked: press F12 or scan CMD-CLOSE.</source>
      <translation>Kaikki on tarkistettu: paina F12 tai skannaa CMD-CLOSE.</translation>
    </message>
    <message>
      <source>NEXT: SCAN {sku}</source>
      <translation>SEURAAVAKSI: SKANNAA {sku}</translation>
    </message>
    <message>
      <source>From bin {bin}: {description}</source>
      <translation>Hyllypaikasta {bin}: {description}</translation>
    </message>
    <message>
      <source>NEXT: WEIGH AGAIN</source>
      <translation>SEURAAVAKSI: PUNNITSE UUDELLEEN</translation>
    </message>
    <message>
      <source>Check the box for a missing or extra item, then F6 to weigh it again, or F11 for a lead's override.</source>
      <translation>Tarkista, puuttuuko laatikosta tuote tai onko siinä ylimääräinen, ja punnitse uudelleen painamalla F6 tai pyydä vuoroesimiehen ohitus painamalla F11.</translation>
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
      <source>Pack an order at this bench</source>
      <translation>Pakkaa tilaus tässä pakkauspisteessä</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Kirjaudu ulos</translation>
    </message>
    <message>
      <source>Scan an order or tote barcode</source>
      <translation>Skannaa tilauksen tai keräilylaatikon viivakoodi</translation>
    </message>
    <message>
      <source>or press F3 for the next order; Ctrl+D: back to the lead window</source>
      <translation>tai paina F3 seuraavaa tilausta varten; Ctrl+D: takaisin vuoroesimiehen ikkunaan</translation>
    </message>
    <message>
      <source>Only a shift lead or an admin can open the lead window.</source>
      <translation>Vain vuoroesimies tai ylläpitäjä voi avata vuoroesimiehen ikkunan.</translation>
    </message>
    <message>
      <source>Finish or suspend order {ref} first.</source>
      <translation>Viimeistele tai keskeytä tilaus {ref} ensin.</translation>
    </message>
    <message>
      <source>Ship {sku} as is: put the label on the product</source>
      <translation>Lähetä {sku} sellaisenaan: kiinnitä osoitetarra tuotteeseen</translation>
    </message>
    <message>
      <source>Use {box}; wrap fragile items first</source>
      <translation>Käytä laatikkoa {box}; kääri särkyvät tuotteet ensin</translation>
    </message>
    <message>
      <source>Use {box}; fill with {fill}</source>
      <translation>Käytä laatikkoa {box}; täytä: {fill}</translation>
    </message>
    <message>
      <source>Use {box}</source>
      <translation>Käytä laatikkoa {box}</translation>
    </message>
    <message>
      <source>Use {box}; wrap fragile items first; fill with {fill}</source>
      <translation>Käytä laatikkoa {box}; kääri särkyvät tuotteet ensin; täytä: {fill}</translation>
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
      <source>Packstation — first start</source>
      <translation>Packstation — ensimmäinen käynnistys</translation>
    </message>
    <message>
      <source>This database is new</source>
      <translation>Tämä tietokanta on uusi</translation>
    </message>
    <message>
      <source>Nobody can sign in yet. Set this site up for real work, or open the training floor to try Packstation on demo orders.</source>
      <translation>Kukaan ei voi vielä kirjautua. Ota tämä toimipaikka käyttöön oikeaa työtä varten tai avaa harjoitusympäristö kokeillaksesi Packstationia demotilauksilla.</translation>
    </message>
    <message>
      <source>&amp;Set up this site</source>
      <translation>&amp;Ota tämä toimipaikka käyttöön</translation>
    </message>
    <message>
      <source>The first admin's badge and PIN, the site's name, the GS1 company prefix for shipping labels and the printers of this bench.</source>
      <translation>Ensimmäisen ylläpitäjän kulkukortti ja PIN, toimipaikan nimi, GS1-yritystunniste lähetystarroja varten ja tämän pakkauspisteen tulostimet.</translation>
    </message>
    <message>
      <source>Open the &amp;training floor</source>
      <translation>Avaa &amp;harjoitusympäristö</translation>
    </message>
    <message>
      <source>Demo orders and demo users in a separate training database, with a TRAINING banner. Nothing from it can ship; this database stays empty.</source>
      <translation>Demotilaukset ja -käyttäjät erillisessä koulutustietokannassa, KOULUTUS-palkin kanssa. Sieltä ei voi lähettää mitään; tämä tietokanta pysyy tyhjänä.</translation>
    </message>
    <message>
      <source>Set up this site (bench {station})</source>
      <translation>Toimipaikan käyttöönotto (pakkauspiste {station})</translation>
    </message>
    <message>
      <source>6-12 digits from GS1; empty: GS1's example prefix for now</source>
      <translation>6–12 numeroa GS1:ltä; tyhjä: toistaiseksi GS1:n esimerkkitunniste</translation>
    </message>
    <message>
      <source>Enter moves to the next field; Enter on the last one sets the site up. Esc goes back.</source>
      <translation>Enter siirtyy seuraavaan kenttään; Enter viimeisessä ottaa toimipaikan käyttöön. Esc palaa takaisin.</translation>
    </message>
    <message>
      <source>Set up the site</source>
      <translation>Ota toimipaikka käyttöön</translation>
    </message>
    <message>
      <source>Site name</source>
      <translation>Toimipaikan nimi</translation>
    </message>
    <message>
      <source>First admin's name</source>
      <translation>Ensimmäisen ylläpitäjän nimi</translation>
    </message>
    <message>
      <source>Admin badge (scan it)</source>
      <translation>Ylläpitäjän kulkukortti (skannaa se)</translation>
    </message>
    <message>
      <source>Admin PIN (6-12 digits)</source>
      <translation>Ylläpitäjän PIN (6–12 numeroa)</translation>
    </message>
    <message>
      <source>PIN again</source>
      <translation>PIN uudelleen</translation>
    </message>
    <message>
      <source>GS1 company prefix</source>
      <translation>GS1-yritystunniste</translation>
    </message>
    <message>
      <source>Label printer</source>
      <translation>Tarratulostin</translation>
    </message>
    <message>
      <source>Document printer</source>
      <translation>Asiakirjatulostin</translation>
    </message>
    <message>
      <source>tcp://HOST:9100, system:NAME, or empty for PDF files</source>
      <translation>tcp://PALVELIN:9100, system:NIMI tai tyhjä PDF-tiedostoille</translation>
    </message>
    <message>
      <source>The two PINs differ; type the same PIN twice.</source>
      <translation>PIN-koodit eroavat; kirjoita sama PIN kahdesti.</translation>
    </message>
    <message>
      <source>Scan your badge, type your PIN, press Enter.</source>
      <translation>Skannaa kulkukorttisi, kirjoita PIN ja paina Enter.</translation>
    </message>
    <message>
      <source>Type a code:</source>
      <translation>Kirjoita koodi:</translation>
    </message>
    <message>
      <source>a code from a damaged label, then Enter ({key})</source>
      <translation>koodi vaurioituneesta tarrasta, sitten Enter ({key})</translation>
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
    <message numerus="yes">
      <source>… and %n more check(s)</source>
      <translation>
        <numerusform>… ja %n muu tarkistus</numerusform>
        <numerusform>… ja %n muuta tarkistusta</numerusform>
      </translation>
    </message>
    <message>
      <source>Failed: {check} — fix it or ask a lead (F11)</source>
      <translation>Hylätty: {check} — korjaa tai pyydä vuoroesimiestä (F11)</translation>
    </message>
    <message>
      <source>Printer fault</source>
      <translation>Tulostinvika</translation>
    </message>
    <message>
      <source>Checked by lead: OK to ship</source>
      <translation>Vuoroesimies tarkasti: saa lähettää</translation>
    </message>
    <message>
      <source>Customer agreed</source>
      <translation>Asiakas hyväksyi</translation>
    </message>
    <message>
      <source>Replacement not in stock: short ship</source>
      <translation>Korvaavaa ei varastossa: lähetetään vajaana</translation>
    </message>
    <message>
      <source>Scale fault</source>
      <translation>Vaakavika</translation>
    </message>
    <message>
      <source>Label printer fault</source>
      <translation>Tarrakirjoitinvika</translation>
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
      <source>Captured: {done}/{wanted} — {values}</source>
      <translation>Tallennettu: {done}/{wanted} — {values}</translation>
    </message>
    <message>
      <source>S or F6  read the scale      Enter  record the typed weight</source>
      <translation>S tai F6  lue vaaka      Enter  tallenna kirjoitettu paino</translation>
    </message>
    <message>
      <source>grams</source>
      <translation>grammaa</translation>
    </message>
    <message>
      <source>Done: put the box on the scale and press S.</source>
      <translation>Valmis: nosta laatikko vaa'alle ja paina S.</translation>
    </message>
    <message>
      <source>Reading the scale ...</source>
      <translation>Luetaan vaakaa ...</translation>
    </message>
    <message>
      <source>Scale: {grams} g (stable)</source>
      <translation>Vaaka: {grams} g (vakaa)</translation>
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
      <source>Z  zero the empty scale      T  tare what is on it</source>
      <translation>Z  nollaa tyhjä vaaka      T  taaraa vaa'alla oleva</translation>
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
      <source>{value} was already captured.</source>
      <translation>{value} on jo tallennettu.</translation>
    </message>
    <message>
      <source>Zeroing the scale ...</source>
      <translation>Nollataan vaakaa ...</translation>
    </message>
    <message>
      <source>Taring the scale ...</source>
      <translation>Taarataan vaakaa ...</translation>
    </message>
    <message>
      <source>PIN, then Enter</source>
      <translation>PIN, sitten Enter</translation>
    </message>
    <message>
      <source>Language ({key}):</source>
      <translation>Kieli ({key}):</translation>
    </message>
    <message>
      <source>Scan your badge to start</source>
      <translation>Aloita skannaamalla kulkukorttisi</translation>
    </message>
    <message>
      <source>printing</source>
      <translation>tulostuu</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>tulostettu</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>epäonnistui</translation>
    </message>
    <message>
      <source>did it print?</source>
      <translation>tulostuiko?</translation>
    </message>
    <message>
      <source>Inserts</source>
      <translation>Mainoslaput</translation>
    </message>
    <message>
      <source>Packing slip</source>
      <translation>Lähetyslista</translation>
    </message>
    <message>
      <source>Returns slip</source>
      <translation>Palautuslomake</translation>
    </message>
    <message>
      <source>Return label</source>
      <translation>Palautustarra</translation>
    </message>
    <message>
      <source>The station stopped while it was printing. Document: {document} · Order: {order}. Did it come out of the printer?</source>
      <translation>Pakkauspiste pysähtyi tulostuksen aikana. Asiakirja: {document} · Tilaus: {order}. Tuliko se ulos tulostimesta?</translation>
    </message>
    <message>
      <source>The station stopped while it was printing. Document: {document}. Did it come out of the printer?</source>
      <translation>Pakkauspiste pysähtyi tulostuksen aikana. Asiakirja: {document}. Tuliko se ulos tulostimesta?</translation>
    </message>
    <message>
      <source>Did it print?</source>
      <translation>Tulostuiko se?</translation>
    </message>
    <message>
      <source>Enter  yes, it printed      F7  no, print it again      Esc  later</source>
      <translation>Enter  kyllä, se tulostui      F7  ei, tulosta uudelleen      Esc  myöhemmin</translation>
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
      <source>A label you can scan on the box counts as printed.</source>
      <translation>Osoitetarra, jonka voit skannata laatikosta, lasketaan tulostetuksi.</translation>
    </message>
    <message>
      <source>DATABASE FAULT — {jobs}. Nothing printed is lost: when the database is back, scan the label; F7 reprints only if it did not come out.</source>
      <translation>TIETOKANTAVIRHE — {jobs}. Mitään tulostettua ei menetetä: kun tietokanta palaa, skannaa osoitetarra; F7 tulostaa uudelleen vain, jos se ei tullut ulos.</translation>
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
      <source>PRINTER FAULT: {documents} — F7</source>
      <translation>TULOSTINVIKA: {documents} — F7</translation>
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
      <source>{document} — did it print? Enter = yes, F7 = print again</source>
      <translation>{document} — tulostuiko? Enter = kyllä, F7 = tulosta uudelleen</translation>
    </message>
    <message>
      <source>paper out</source>
      <translation>paperi lopussa</translation>
    </message>
    <message>
      <source>ribbon out</source>
      <translation>värinauha lopussa</translation>
    </message>
    <message>
      <source>head open</source>
      <translation>tulostuspää auki</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>keskeytetty</translation>
    </message>
    <message>
      <source>buffer full</source>
      <translation>puskuri täynnä</translation>
    </message>
    <message>
      <source>not answering</source>
      <translation>ei vastaa</translation>
    </message>
    <message>
      <source>folder cannot be written</source>
      <translation>kansioon ei voi kirjoittaa</translation>
    </message>
    <message>
      <source>not found</source>
      <translation>ei löydy</translation>
    </message>
    <message>
      <source>bad setting</source>
      <translation>virheellinen asetus</translation>
    </message>
    <message>
      <source>{printer}: {problems}</source>
      <translation>{printer}: {problems}</translation>
    </message>
    <message>
      <source>{printer}: ready</source>
      <translation>{printer}: valmis</translation>
    </message>
    <message>
      <source>{printer}: status unknown</source>
      <translation>{printer}: tila tuntematon</translation>
    </message>
    <message>
      <source>Press Esc or scan CMD-ACK to continue</source>
      <translation>Jatka painamalla Esc tai skannaamalla CMD-ACK</translation>
    </message>
    <message>
      <source>Packstation — keys and command barcodes</source>
      <translation>Packstation — näppäimet ja komentoviivakoodit</translation>
    </message>
    <message>
      <source>Press the key, or scan the barcode. A red STOP needs Esc or CMD-ACK.</source>
      <translation>Paina näppäintä tai skannaa viivakoodi. Punainen SEIS kuitataan Escillä tai CMD-ACK-koodilla.</translation>
    </message>
    <message>
      <source>FROM</source>
      <translation>Lähettäjä</translation>
    </message>
    <message>
      <source>SHIP TO</source>
      <translation>Vastaanottaja</translation>
    </message>
    <message>
      <source>TRACKING</source>
      <translation>Seuranta</translation>
    </message>
    <message>
      <source>FRAGILE</source>
      <translation>SÄRKYVÄÄ</translation>
    </message>
    <message>
      <source>THIS SIDE UP</source>
      <translation>TÄMÄ PUOLI YLÖS</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Paketti</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Paino</translation>
    </message>
    <message>
      <source>Dims</source>
      <translation>Mitat</translation>
    </message>
    <message>
      <source>A lead's override made it go away. Expected: {actions}</source>
      <translation>Vuoroesimiehen ohituslupa poisti sen. Odotettiin: {actions}</translation>
    </message>
    <message>
      <source>Noticed, but not handled. Still to do: {actions}</source>
      <translation>Havaittu, mutta ei hoidettu. Vielä tehtävä: {actions}</translation>
    </message>
    <message>
      <source>Missed. Expected: {actions}</source>
      <translation>Huomaamatta. Odotettiin: {actions}</translation>
    </message>
    <message>
      <source>Finished: {time}</source>
      <translation>Valmis: {time}</translation>
    </message>
    <message>
      <source>not finished</source>
      <translation>kesken</translation>
    </message>
    <message>
      <source>Hints: on</source>
      <translation>Vihjeet: päällä</translation>
    </message>
    <message>
      <source>Hints: off (exam)</source>
      <translation>Vihjeet: pois (koe)</translation>
    </message>
    <message>
      <source>Scorecard: {name}</source>
      <translation>Tuloskortti: {name}</translation>
    </message>
    <message>
      <source>Scenario: {title}</source>
      <translation>Skenaario: {title}</translation>
    </message>
    <message>
      <source>Trend over this trainee's attempts at this scenario</source>
      <translation>Kehitys tämän henkilön yrityksissä tässä skenaariossa</translation>
    </message>
    <message>
      <source>Scorecard</source>
      <translation>Tuloskortti</translation>
    </message>
    <message>
      <source>Errors injected</source>
      <translation>Lisätyt virheet</translation>
    </message>
    <message>
      <source>Overrides asked</source>
      <translation>Pyydetyt ohitusluvat</translation>
    </message>
    <message>
      <source>Own errors</source>
      <translation>Omat virheet</translation>
    </message>
    <message>
      <source>Injected error</source>
      <translation>Lisätty virhe</translation>
    </message>
    <message>
      <source>What happened / what was expected</source>
      <translation>Mitä tapahtui / mitä odotettiin</translation>
    </message>
    <message>
      <source>Attempt</source>
      <translation>Yritys</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>Osio</translation>
    </message>
    <message>
      <source>Metric</source>
      <translation>Mittari</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Arvo</translation>
    </message>
    <message>
      <source>single unit</source>
      <translation>yksi kappale</translation>
    </message>
    <message>
      <source>single line</source>
      <translation>yksi rivi</translation>
    </message>
    <message>
      <source>multi-line</source>
      <translation>monta riviä</translation>
    </message>
    <message>
      <source>no errors</source>
      <translation>ei virheitä</translation>
    </message>
    <message>
      <source>Errors by packer and type</source>
      <translation>Virheet pakkaajittain ja tyypeittäin</translation>
    </message>
    <message>
      <source>Errors by station and type</source>
      <translation>Virheet pakkauspisteittäin ja tyypeittäin</translation>
    </message>
    <message>
      <source>blue: orders closed   red: errors</source>
      <translation>sininen: suljetut tilaukset   punainen: virheet</translation>
    </message>
    <message>
      <source>Packstation shift report</source>
      <translation>Packstation-vuororaportti</translation>
    </message>
    <message>
      <source>page {page}</source>
      <translation>sivu {page}</translation>
    </message>
    <message>
      <source>On time and in full</source>
      <translation>Ajallaan ja täydellisenä</translation>
    </message>
    <message>
      <source>On time: closed at the bench by the order's ship-by time (orders with one). OTIF: on time and no unit short-shipped. Order-to-ship: placed to closed. At risk: open orders due within 2 hours or overdue, when the report was made.</source>
      <translation>Ajallaan: suljettu pakkauspisteellä tilauksen lähetysaikaan mennessä (tilaukset, joilla se on). OTIF: ajallaan eikä yhtään kappaletta lähetetty vajaana. Tilauksesta lähetykseen: tekemisestä sulkemiseen. Vaarassa: avoimet tilaukset, joiden määräaika on 2 tunnin sisällä tai jo ohi, raportin tekohetkellä.</translation>
    </message>
    <message>
      <source>Shift report</source>
      <translation>Vuororaportti</translation>
    </message>
    <message>
      <source>Units/h</source>
      <translation>Kpl/h</translation>
    </message>
    <message>
      <source>Avg pack time</source>
      <translation>Keskim. pakkausaika</translation>
    </message>
    <message>
      <source>Orders with error</source>
      <translation>Tilaukset, joissa virhe</translation>
    </message>
    <message>
      <source>Packers (adjusted for order complexity)</source>
      <translation>Pakkaajat (tilausten monimutkaisuus huomioitu)</translation>
    </message>
    <message>
      <source>Time and error ratios compare each packer with the floor's mean for the same mix of single-unit, single-line and multi-line orders: 1.00 is the floor, below 1 is faster / fewer errors.</source>
      <translation>Aika- ja virhesuhde vertaavat kutakin pakkaajaa koko lattian keskiarvoon samalla yhden kappaleen, yhden rivin ja monen rivin tilausten jakaumalla: 1,00 on lattian taso, alle 1 on nopeampi / vähemmän virheitä.</translation>
    </message>
    <message>
      <source>The floor by order class</source>
      <translation>Lattia tilaustyypeittäin</translation>
    </message>
    <message>
      <source>Order class</source>
      <translation>Tilaustyyppi</translation>
    </message>
    <message>
      <source>local time</source>
      <translation>paikallista aikaa</translation>
    </message>
    <message>
      <source>nothing closed in this range</source>
      <translation>ei suljettuja tilauksia tällä aikavälillä</translation>
    </message>
    <message>
      <source>TRAINING — not real figures</source>
      <translation>KOULUTUS — ei oikeita lukuja</translation>
    </message>
    <message>
      <source>Stations: {stations}</source>
      <translation>Pakkauspisteet: {stations}</translation>
    </message>
    <message>
      <source>Generated: {time}</source>
      <translation>Luotu: {time}</translation>
    </message>
    <message>
      <source>all</source>
      <translation>kaikki</translation>
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
      <source>LABEL NOT PRINTED</source>
      <translation>OSOITETARRA EI TULOSTUNUT</translation>
    </message>
    <message>
      <source>COMMAND</source>
      <translation>KOMENTO</translation>
    </message>
    <message>
      <source>BOX DOES NOT FIT</source>
      <translation>LAATIKKO EI SOVI</translation>
    </message>
    <message>
      <source>QC PASSED</source>
      <translation>TARKASTUS OK</translation>
    </message>
    <message>
      <source>QC FAILED</source>
      <translation>TARKASTUS HYLÄTTY</translation>
    </message>
    <message>
      <source>WEIGHT OK</source>
      <translation>PAINO OK</translation>
    </message>
    <message>
      <source>WEIGHT MISMATCH</source>
      <translation>VÄÄRÄ PAINO</translation>
    </message>
    <message>
      <source>UNDONE</source>
      <translation>KUMOTTU</translation>
    </message>
    <message>
      <source>UNIT REMOVED</source>
      <translation>KAPPALE POISTETTU</translation>
    </message>
    <message>
      <source>NOTHING TO UNDO</source>
      <translation>EI MITÄÄN KUMOTTAVAA</translation>
    </message>
    <message>
      <source>{sku} — {scanned} of {ordered}</source>
      <translation>{sku} — {scanned}/{ordered}</translation>
    </message>
    <message>
      <source>{sku} needs only {ordered}. Take the extra unit out of the box.</source>
      <translation>Tuotetta {sku} tarvitaan vain {ordered}. Ota ylimääräinen kappale pois laatikosta.</translation>
    </message>
    <message numerus="yes">
      <source>This scan counts %n unit(s) but line {line_no} needs only {remaining} more. Open the pack or scan single units.</source>
      <translation>
        <numerusform>Tämä skannaus laskee %n kappaleen, mutta rivi {line_no} tarvitsee enää vain {remaining}. Avaa pakkaus tai skannaa kappaleet yksitellen.</numerusform>
        <numerusform>Tämä skannaus laskee %n kappaletta, mutta rivi {line_no} tarvitsee enää vain {remaining}. Avaa pakkaus tai skannaa kappaleet yksitellen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Line {line_no} needs only {remaining} more.</source>
      <translation>Rivi {line_no} tarvitsee enää vain {remaining}.</translation>
    </message>
    <message>
      <source>Type a quantity of at least 1.</source>
      <translation>Kirjoita määräksi vähintään 1.</translation>
    </message>
    <message>
      <source>{sku} is not in this order. Put it aside.</source>
      <translation>{sku} ei kuulu tähän tilaukseen. Laita se sivuun.</translation>
    </message>
    <message>
      <source>Barcode {barcode} is not in the catalogue. Put the item aside for a lead.</source>
      <translation>Viivakoodia {barcode} ei ole tuoteluettelossa. Laita tuote sivuun vuoroesimiehelle.</translation>
    </message>
    <message>
      <source>Nothing was read. Scan the item again.</source>
      <translation>Mitään ei luettu. Skannaa tuote uudelleen.</translation>
    </message>
    <message>
      <source>{got} matches nothing: the scanner types for a US keyboard and meant {meant}. Set the scanner's keyboard country to this PC's layout ({layout}), or the PC's keyboard layout to English (US). Nothing was accepted: scan again after the change.</source>
      <translation>{got} ei vastaa mitään: viivakoodinlukija kirjoittaa kuin yhdysvaltalainen näppäimistö ja tarkoitti {meant}. Aseta lukijan näppäimistön maaksi tämän tietokoneen asettelu ({layout}) tai tietokoneen näppäimistöasetteluksi englanti (USA). Mitään ei hyväksytty: lue koodi uudelleen muutoksen jälkeen.</translation>
    </message>
    <message>
      <source>{got} matches nothing; with Caps Lock off it reads {meant}. Turn Caps Lock off (or set the scanner to ignore Caps Lock), then scan again.</source>
      <translation>{got} ei vastaa mitään; Caps Lock pois päältä se on {meant}. Kytke Caps Lock pois (tai aseta viivakoodinlukija ohittamaan Caps Lock) ja lue koodi uudelleen.</translation>
    </message>
    <message>
      <source>{barcode} is not a box we know. Scan the barcode on the box.</source>
      <translation>{barcode} ei ole tuntemamme laatikko. Skannaa laatikon viivakoodi.</translation>
    </message>
    <message>
      <source>{barcode} is not a command this station knows. Use the keys or the cheat sheet.</source>
      <translation>{barcode} ei ole tämän pisteen tuntema komento. Käytä näppäimiä tai pikaohjetta.</translation>
    </message>
    <message>
      <source>The barcode {barcode} has a wrong check digit. Scan it again or type the code from the label; if it repeats, put the item aside for a lead.</source>
      <translation>Viivakoodin {barcode} tarkistusnumero on väärä. Skannaa se uudelleen tai kirjoita koodi tarrasta; jos virhe toistuu, laita tuote sivuun vuoroesimiehelle.</translation>
    </message>
    <message>
      <source>This unit expired on {expiry}. Put it aside and take another.</source>
      <translation>Tämän kappaleen päiväys vanheni {expiry}. Laita se sivuun ja ota toinen.</translation>
    </message>
    <message numerus="yes">
      <source>This unit expires in %n day(s); {sku} must have at least {min_days}. Take a fresher unit.</source>
      <translation>
        <numerusform>Tämän kappaleen päiväys umpeutuu %n päivän kuluttua; tuotteella {sku} on oltava vähintään {min_days}. Ota tuoreempi kappale.</numerusform>
        <numerusform>Tämän kappaleen päiväys umpeutuu %n päivän kuluttua; tuotteella {sku} on oltava vähintään {min_days}. Ota tuoreempi kappale.</numerusform>
      </translation>
    </message>
    <message>
      <source>Line {line_no} needs lot {lot_required}; this unit is lot {lot}. Use a unit from the right lot.</source>
      <translation>Rivi {line_no} vaatii erän {lot_required}; tämä kappale on erää {lot}. Ota kappale oikeasta erästä.</translation>
    </message>
    <message>
      <source>{sku} needs its serial number: scan the barcode that carries the serial.</source>
      <translation>{sku} tarvitsee sarjanumeronsa: skannaa viivakoodi, jossa sarjanumero on.</translation>
    </message>
    <message>
      <source>{sku} is serialised: scan each unit's own serial barcode.</source>
      <translation>{sku} on sarjanumeroitu: skannaa jokaisen kappaleen oma sarjanumerokoodi.</translation>
    </message>
    <message>
      <source>Serial {serial} of {sku} has already been packed. Put this unit aside for a lead.</source>
      <translation>Tuotteen {sku} sarjanumero {serial} on jo pakattu. Laita tämä kappale sivuun vuoroesimiehelle.</translation>
    </message>
    <message>
      <source>{sku} must be scanned one unit at a time, not as a pack. Scan each unit.</source>
      <translation>{sku} skannataan kappale kerrallaan, ei pakkauksena. Skannaa jokainen kappale.</translation>
    </message>
    <message>
      <source>{sku} must be scanned unit by unit.</source>
      <translation>{sku} skannataan kappale kappaleelta.</translation>
    </message>
    <message numerus="yes">
      <source>At most %n unit(s) of {sku} may be typed at once.</source>
      <translation>
        <numerusform>Tuotetta {sku} voi kirjoittaa kerralla enintään %n kappaleen.</numerusform>
        <numerusform>Tuotetta {sku} voi kirjoittaa kerralla enintään %n kappaletta.</numerusform>
      </translation>
    </message>
    <message>
      <source>That is not an item's barcode. Scan the barcode on the item.</source>
      <translation>Tämä ei ole tuotteen viivakoodi. Skannaa tuotteen viivakoodi.</translation>
    </message>
    <message>
      <source>That is a box barcode. Scan the barcode on the item.</source>
      <translation>Tämä on laatikon viivakoodi. Skannaa tuotteen viivakoodi.</translation>
    </message>
    <message>
      <source>That is a slip barcode. Scan the barcode on the item.</source>
      <translation>Tämä on lapun viivakoodi. Skannaa tuotteen viivakoodi.</translation>
    </message>
    <message>
      <source>That is a shipping label. Scan the barcode on the item.</source>
      <translation>Tämä on osoitetarra. Skannaa tuotteen viivakoodi.</translation>
    </message>
    <message>
      <source>That is a shipping label (SSCC). Scan the barcode on the item.</source>
      <translation>Tämä on osoitetarra (SSCC). Skannaa tuotteen viivakoodi.</translation>
    </message>
    <message>
      <source>That is an order barcode. Scan the barcode on the item.</source>
      <translation>Tämä on tilauksen viivakoodi. Skannaa tuotteen viivakoodi.</translation>
    </message>
    <message>
      <source>That is a tote barcode. Scan the barcode on the item.</source>
      <translation>Tämä on keräilylaatikon viivakoodi. Skannaa tuotteen viivakoodi.</translation>
    </message>
    <message>
      <source>That is a badge. Scan the barcode on the item.</source>
      <translation>Tämä on kulkukortti. Skannaa tuotteen viivakoodi.</translation>
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
      <source>Command {command}</source>
      <translation>Komento {command}</translation>
    </message>
    <message>
      <source>The order is open: scan the items.</source>
      <translation>Tilaus on auki: skannaa tuotteet.</translation>
    </message>
    <message>
      <source>Box {box} OK.</source>
      <translation>Laatikko {box} OK.</translation>
    </message>
    <message>
      <source>Box {box} instead of the planned {planned}: noted as a deviation.</source>
      <translation>Laatikko {box} suunnitellun {planned} sijaan: kirjattu poikkeamaksi.</translation>
    </message>
    <message>
      <source>Box {box} instead of the planned {planned}: noted as a deviation ({difference} against the plan).</source>
      <translation>Laatikko {box} suunnitellun {planned} sijaan: kirjattu poikkeamaksi ({difference} suunnitelmaan verrattuna).</translation>
    </message>
    <message>
      <source>The contents of package {package_no} do not fit in box {box}. Take the planned {planned} or a box that fits.</source>
      <translation>Paketin {package_no} sisältö ei mahdu laatikkoon {box}. Ota suunniteltu {planned} tai laatikko, johon se mahtuu.</translation>
    </message>
    <message>
      <source>Package {package_no} is too heavy for box {box}. Take the planned {planned} or a box that fits.</source>
      <translation>Paketti {package_no} on liian painava laatikolle {box}. Ota suunniteltu {planned} tai sopiva laatikko.</translation>
    </message>
    <message>
      <source>The order does not fit in box {box}. Take a bigger box.</source>
      <translation>Tilaus ei mahdu laatikkoon {box}. Ota isompi laatikko.</translation>
    </message>
    <message>
      <source>The order is too heavy for box {box}. Take a box that carries it.</source>
      <translation>Tilaus on liian painava laatikolle {box}. Ota laatikko, joka kestää painon.</translation>
    </message>
    <message>
      <source>Box {box} belongs to another merchant. Take a box of this order's merchant.</source>
      <translation>Laatikko {box} kuuluu toiselle kauppiaalle. Ota tämän tilauksen kauppiaan laatikko.</translation>
    </message>
    <message>
      <source>Slip OK.</source>
      <translation>Lappu OK.</translation>
    </message>
    <message numerus="yes">
      <source>Slip OK; %n to go.</source>
      <translation>
        <numerusform>Lappu OK; %n jäljellä.</numerusform>
        <numerusform>Lappu OK; %n jäljellä.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This slip was already scanned; %n to go.</source>
      <translation>
        <numerusform>Tämä lappu on jo skannattu; %n jäljellä.</numerusform>
        <numerusform>Tämä lappu on jo skannattu; %n jäljellä.</numerusform>
      </translation>
    </message>
    <message>
      <source>This slip ({code}) does not belong to this order. Take it out and use this order's slip.</source>
      <translation>Tämä lappu ({code}) ei kuulu tähän tilaukseen. Ota se pois ja käytä tämän tilauksen lappua.</translation>
    </message>
    <message>
      <source>Label OK.</source>
      <translation>Osoitetarra OK.</translation>
    </message>
    <message numerus="yes">
      <source>Label OK; %n to go.</source>
      <translation>
        <numerusform>Osoitetarra OK; %n jäljellä.</numerusform>
        <numerusform>Osoitetarra OK; %n jäljellä.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This label was already scanned; %n to go.</source>
      <translation>
        <numerusform>Tämä osoitetarra on jo skannattu; %n jäljellä.</numerusform>
        <numerusform>Tämä osoitetarra on jo skannattu; %n jäljellä.</numerusform>
      </translation>
    </message>
    <message>
      <source>This label ({code}) does not belong to this order. Take it off and use this order's label.</source>
      <translation>Tämä osoitetarra ({code}) ei kuulu tähän tilaukseen. Irrota se ja käytä tämän tilauksen tarraa.</translation>
    </message>
    <message>
      <source>This is not a label the station issued.</source>
      <translation>Tämä ei ole aseman tulostama osoitetarra.</translation>
    </message>
    <message>
      <source>This label belongs to another order.</source>
      <translation>Tämä osoitetarra kuuluu toiseen tilaukseen.</translation>
    </message>
    <message>
      <source>This label was voided; put the new label on the box.</source>
      <translation>Tämä osoitetarra on mitätöity; kiinnitä uusi tarra laatikkoon.</translation>
    </message>
    <message>
      <source>This label belongs to another box of this order.</source>
      <translation>Tämä osoitetarra kuuluu tämän tilauksen toiseen laatikkoon.</translation>
    </message>
    <message>
      <source>This label has not been printed by the station.</source>
      <translation>Asema ei ole tulostanut tätä osoitetarraa.</translation>
    </message>
    <message>
      <source>Label {label} has not printed. Clear the printer, reprint it (F7) and scan the new one.</source>
      <translation>Tarra {label} ei ole tulostunut. Selvitä tulostin, tulosta se uudelleen (F7) ja skannaa uusi tarra.</translation>
    </message>
    <message>
      <source>{check} for {sku}: OK.</source>
      <translation>{check}, {sku}: OK.</translation>
    </message>
    <message>
      <source>{check}: OK.</source>
      <translation>{check}: OK.</translation>
    </message>
    <message>
      <source>Serial {serial} captured; next unit.</source>
      <translation>Sarjanumero {serial} tallennettu; seuraava kappale.</translation>
    </message>
    <message>
      <source>Serial {serial} captured.</source>
      <translation>Sarjanumero {serial} tallennettu.</translation>
    </message>
    <message>
      <source>Confirmed, but hazardous goods (class {hazmat_class}) cannot ship by {service}: they need a ground service. A lead must override.</source>
      <translation>Vahvistettu, mutta vaarallisia aineita (luokka {hazmat_class}) ei voi lähettää palvelulla {service}: ne vaativat maakuljetuksen. Vuoroesimiehen on ohitettava esto.</translation>
    </message>
    <message>
      <source>{check} for {sku} failed.</source>
      <translation>{check}, {sku}: hylätty.</translation>
    </message>
    <message>
      <source>{check} failed.</source>
      <translation>{check}: hylätty.</translation>
    </message>
    <message>
      <source>{sku} marked damaged: take it out and scan a replacement.</source>
      <translation>{sku} merkitty vaurioituneeksi: ota se pois ja skannaa korvaava kappale.</translation>
    </message>
    <message>
      <source>Lot {lot} is not the lot {lot_required} this line needs.</source>
      <translation>Erä {lot} ei ole tämän rivin vaatima erä {lot_required}.</translation>
    </message>
    <message numerus="yes">
      <source>{sku} expires {expiry} (%n day(s) left; needs {min_days}).</source>
      <translation>
        <numerusform>{sku} vanhenee {expiry} (%n päivä jäljellä; vaaditaan {min_days}).</numerusform>
        <numerusform>{sku} vanhenee {expiry} (%n päivää jäljellä; vaaditaan {min_days}).</numerusform>
      </translation>
    </message>
    <message>
      <source>Weight {grams} g OK (expected {expected_g} ± {tolerance_g} g).</source>
      <translation>Paino {grams} g OK (odotettu {expected_g} ± {tolerance_g} g).</translation>
    </message>
    <message>
      <source>Box {package_no} of {packages}: {grams} g OK (expected {expected_g} ± {tolerance_g} g). Now put box {next_package} on the scale.</source>
      <translation>Laatikko {package_no}/{packages}: {grams} g OK (odotettu {expected_g} ± {tolerance_g} g). Nosta nyt laatikko {next_package} vaa'alle.</translation>
    </message>
    <message>
      <source>The box weighs {grams} g but should weigh {expected_g} ± {tolerance_g} g. Check for a missing or extra item.</source>
      <translation>Laatikko painaa {grams} g, mutta sen pitäisi painaa {expected_g} ± {tolerance_g} g. Tarkista, puuttuuko tuote tai onko mukana ylimääräinen.</translation>
    </message>
    <message>
      <source>Undone: {units} × {sku} out of the box.</source>
      <translation>Kumottu: {units} × {sku} pois laatikosta.</translation>
    </message>
    <message>
      <source>1 × {sku} removed: {reason}</source>
      <translation>1 × {sku} poistettu: {reason}</translation>
    </message>
    <message>
      <source>{lead} approved: {reason}</source>
      <translation>{lead} hyväksyi: {reason}</translation>
    </message>
    <message>
      <source>Nothing to undo.</source>
      <translation>Ei mitään kumottavaa.</translation>
    </message>
    <message>
      <source>Scan the items</source>
      <translation>Skannaa tuotteet</translation>
    </message>
    <message>
      <source>Slips</source>
      <translation>Laput</translation>
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
      <source>{user}: type your PIN after scanning your badge.</source>
      <translation>{user}: näppäile PIN-koodi kulkukortin skannauksen jälkeen.</translation>
    </message>
    <message>
      <source>Only a shift lead can do this; a lead must approve it.</source>
      <translation>Vain vuoroesimies voi tehdä tämän; vuoroesimiehen on hyväksyttävä se.</translation>
    </message>
    <message>
      <source>Order {order} is in the exception queue; a lead must take it.</source>
      <translation>Tilaus {order} on poikkeusjonossa; vuoroesimiehen on otettava se.</translation>
    </message>
    <message>
      <source>A PIN is {min} to {max} digits.</source>
      <translation>PIN-koodissa on {min}–{max} numeroa.</translation>
    </message>
    <message>
      <source>{user} is packing order {order}; another lead must approve.</source>
      <translation>{user} pakkaa itse tilausta {order}; toisen vuoroesimiehen on hyväksyttävä.</translation>
    </message>
    <message>
      <source>This script sets its own clock ('now'); only a demo or test database accepts that.</source>
      <translation>Tämä skripti asettaa oman kellonsa ('now'); vain demo- tai testitietokanta hyväksyy sen.</translation>
    </message>
    <message>
      <source>This order was not found: {detail}</source>
      <translation>Tilausta ei löytynyt: {detail}</translation>
    </message>
    <message>
      <source>Order {order} was cancelled by the shop. Do not pack it.</source>
      <translation>Kauppa on peruuttanut tilauksen {order}. Älä pakkaa sitä.</translation>
    </message>
    <message>
      <source>Order {order} was already packed and closed; a lead can reopen it.</source>
      <translation>Tilaus {order} on jo pakattu ja suljettu; vuoroesimies voi avata sen uudelleen.</translation>
    </message>
    <message>
      <source>Order {order} is in the lead's exception queue.</source>
      <translation>Tilaus {order} on vuoroesimiehen poikkeusjonossa.</translation>
    </message>
    <message>
      <source>Order {order} is being packed at another bench. A lead can release it. Bench: {station} · Since: {since}</source>
      <translation>Tilausta {order} pakataan toisessa pakkauspisteessä. Vuoroesimies voi vapauttaa sen. Pakkauspiste: {station} · Alkaen: {since}</translation>
    </message>
    <message>
      <source>Order {order} cannot be claimed now. Status: {status}.</source>
      <translation>Tilausta {order} ei voi nyt varata. Tila: {status}.</translation>
    </message>
    <message>
      <source>Order {order} is open at another station.</source>
      <translation>Tilaus {order} on auki toisessa pakkauspisteessä.</translation>
    </message>
    <message>
      <source>Finish or suspend order {order} first.</source>
      <translation>Viimeistele tai keskeytä ensin tilaus {order}.</translation>
    </message>
    <message>
      <source>There is no pack session {session_id}.</source>
      <translation>Pakkausistuntoa {session_id} ei ole.</translation>
    </message>
    <message>
      <source>This order has no pack session to release.</source>
      <translation>Tällä tilauksella ei ole vapautettavaa pakkausistuntoa.</translation>
    </message>
    <message>
      <source>This user is not known or not active.</source>
      <translation>Tätä käyttäjää ei tunneta tai se ei ole aktiivinen.</translation>
    </message>
    <message>
      <source>Line {line_id} is not part of this order.</source>
      <translation>Rivi {line_id} ei kuulu tähän tilaukseen.</translation>
    </message>
    <message>
      <source>This scan id belongs to another order.</source>
      <translation>Tämä skannaustunnus kuuluu toiseen tilaukseen.</translation>
    </message>
    <message>
      <source>Not possible at this step: {detail}</source>
      <translation>Ei mahdollista tässä vaiheessa: {detail}</translation>
    </message>
    <message>
      <source>The order cannot close yet: {detail}</source>
      <translation>Tilausta ei voi vielä sulkea: {detail}</translation>
    </message>
    <message>
      <source>The database cannot be reached: this was NOT saved. Try again when the connection is back.</source>
      <translation>Tietokantaan ei saada yhteyttä: tätä EI tallennettu. Yritä uudelleen, kun yhteys palaa.</translation>
    </message>
    <message>
      <source>No unit of {sku} is in the box.</source>
      <translation>Laatikossa ei ole yhtään kappaletta tuotetta {sku}.</translation>
    </message>
    <message>
      <source>Every packed unit of {sku} already has its serial.</source>
      <translation>Jokaisella pakatulla {sku}-kappaleella on jo sarjanumero.</translation>
    </message>
    <message>
      <source>Scan or type the serial number.</source>
      <translation>Skannaa tai näppäile sarjanumero.</translation>
    </message>
    <message>
      <source>{grams} g is not a weight; put the box on the scale.</source>
      <translation>{grams} g ei ole paino; nosta laatikko vaa'alle.</translation>
    </message>
    <message>
      <source>The scale does not answer: check that it is on and its cable is in, or type the weight if this merchant allows it.</source>
      <translation>Vaaka ei vastaa: tarkista, että se on päällä ja kaapeli kiinni, tai kirjoita paino, jos kauppias sallii sen.</translation>
    </message>
    <message>
      <source>The weight does not settle: keep the box still on the scale and read it again.</source>
      <translation>Paino ei vakiinnu: pidä laatikko paikallaan vaa'alla ja lue uudelleen.</translation>
    </message>
    <message>
      <source>The scale is overloaded: this box is too heavy for it.</source>
      <translation>Vaaka on ylikuormitettu: laatikko on sille liian painava.</translation>
    </message>
    <message>
      <source>The scale reads below zero: empty the pan and zero the scale.</source>
      <translation>Vaaka näyttää alle nollan: tyhjennä vaakalevy ja nollaa vaaka.</translation>
    </message>
    <message>
      <source>The scale reads 0 g: put the box on the scale.</source>
      <translation>Vaaka näyttää 0 g: nosta laatikko vaa'alle.</translation>
    </message>
    <message>
      <source>The scale sent something the station cannot read; check its settings (protocol, unit).</source>
      <translation>Vaaka lähetti jotain, mitä pakkauspiste ei osaa lukea; tarkista sen asetukset (protokolla, yksikkö).</translation>
    </message>
    <message>
      <source>No scale is connected to this bench: type the weight.</source>
      <translation>Tähän pakkauspisteeseen ei ole kytketty vaakaa: kirjoita paino.</translation>
    </message>
    <message>
      <source>This bench has a scale: the weight comes from the scale. A lead can override the weight check.</source>
      <translation>Tässä pakkauspisteessä on vaaka: paino tulee vaa'alta. Esimies voi ohittaa painotarkistuksen.</translation>
    </message>
    <message>
      <source>No photo: the camera did not give a picture.</source>
      <translation>Ei kuvaa: kamera ei antanut kuvaa.</translation>
    </message>
    <message>
      <source>This merchant requires a photo of the package before it closes: check the camera, then close again (the station takes the photo again).</source>
      <translation>Tämä kauppias vaatii kuvan paketista ennen sulkemista: tarkista kamera ja sulje uudelleen (pakkauspiste ottaa kuvan uudelleen).</translation>
    </message>
    <message>
      <source>Part of this history was archived, but the archive cannot be read (on SQLite the file beside the store, STORE-archive.db, is missing).</source>
      <translation>Osa tästä historiasta on arkistoitu, mutta arkistoa ei voi lukea (SQLitessä tietokannan vieressä oleva tiedosto STORE-archive.db puuttuu).</translation>
    </message>
    <message>
      <source>The archive date {date} is in the future: only history that already happened is archived.</source>
      <translation>Arkistointipäivä {date} on tulevaisuudessa: vain jo tapahtunut historia arkistoidaan.</translation>
    </message>
    <message>
      <source>This is a demo (training) store: its history is practice and is reset with the demo, never archived.</source>
      <translation>Tämä on demotietokanta (koulutus): sen historia on harjoitusta ja nollataan demon mukana, sitä ei koskaan arkistoida.</translation>
    </message>
    <message>
      <source>There is no Packstation database at {url}.</source>
      <translation>Osoitteessa {url} ei ole Packstation-tietokantaa.</translation>
    </message>
    <message>
      <source>No package or order has the code {what} (tracking number, SSCC or order).</source>
      <translation>Millään paketilla tai tilauksella ei ole koodia {what} (seurantanumero, SSCC tai tilaus).</translation>
    </message>
    <message>
      <source>{value} is not a date (YYYY-MM-DD).</source>
      <translation>{value} ei ole päivämäärä (VVVV-KK-PP).</translation>
    </message>
    <message>
      <source>{check} is done per line: say which line.</source>
      <translation>{check}: tehdään riveittäin; kerro mikä rivi.</translation>
    </message>
    <message>
      <source>Unknown QC check {check}.</source>
      <translation>Tuntematon laatutarkastus {check}.</translation>
    </message>
    <message>
      <source>Nothing to override called {blocker}.</source>
      <translation>Ohitettavaa nimeltä {blocker} ei ole.</translation>
    </message>
    <message>
      <source>A packing plan is a JSON object.</source>
      <translation>Pakkaussuunnitelma on JSON-objekti.</translation>
    </message>
    <message>
      <source>There is no package {package_no} in the plan.</source>
      <translation>Suunnitelmassa ei ole pakettia {package_no}.</translation>
    </message>
    <message>
      <source>The box plan does not match the order: {detail}</source>
      <translation>Laatikkosuunnitelma ei vastaa tilausta: {detail}</translation>
    </message>
    <message>
      <source>This order has no packages to label yet.</source>
      <translation>Tällä tilauksella ei ole vielä tarroitettavia paketteja.</translation>
    </message>
    <message>
      <source>There is no label with id {label_id}.</source>
      <translation>Tarraa tunnuksella {label_id} ei ole.</translation>
    </message>
    <message>
      <source>Label {tracking_number} is voided; issue a new one.</source>
      <translation>Tarra {tracking_number} on mitätöity; tee uusi.</translation>
    </message>
    <message>
      <source>Label printing is not available in this build; a lead can override the label step.</source>
      <translation>Tarrojen tulostus ei ole käytettävissä tässä versiossa; vuoroesimies voi ohittaa tarravaiheen.</translation>
    </message>
    <message>
      <source>Unknown format: {detail}</source>
      <translation>Tuntematon muoto: {detail}</translation>
    </message>
    <message>
      <source>Unknown carrier {carrier}.</source>
      <translation>Tuntematon kuljetusliike {carrier}.</translation>
    </message>
    <message>
      <source>Carrier {carrier} has no service {service}.</source>
      <translation>Kuljetusliikkeellä {carrier} ei ole palvelua {service}.</translation>
    </message>
    <message>
      <source>The rate table cannot be used: {detail}</source>
      <translation>Hintataulukkoa ei voi käyttää: {detail}</translation>
    </message>
    <message>
      <source>Too heavy for this service: billable weight {weight}, at most {limit}.</source>
      <translation>Liian painava tälle palvelulle: laskutettava paino {weight}, enintään {limit}.</translation>
    </message>
    <message>
      <source>A person needs a name.</source>
      <translation>Henkilöllä on oltava nimi.</translation>
    </message>
    <message>
      <source>A person needs a badge code.</source>
      <translation>Henkilöllä on oltava kulkukortin koodi.</translation>
    </message>
    <message>
      <source>Badge {badge} is already in use.</source>
      <translation>Kulkukortti {badge} on jo käytössä.</translation>
    </message>
    <message>
      <source>There is no role {role}.</source>
      <translation>Roolia {role} ei ole.</translation>
    </message>
    <message>
      <source>There is no language {locale}.</source>
      <translation>Kieltä {locale} ei ole.</translation>
    </message>
    <message>
      <source>There is no user {user_id}.</source>
      <translation>Käyttäjää {user_id} ei ole.</translation>
    </message>
    <message>
      <source>A station needs a code, e.g. BENCH-05.</source>
      <translation>Pakkauspisteellä on oltava koodi, esim. BENCH-05.</translation>
    </message>
    <message>
      <source>The site needs a name, e.g. Oslo DC.</source>
      <translation>Toimipaikka tarvitsee nimen, esim. Oslo DC.</translation>
    </message>
    <message>
      <source>A GS1 company prefix is 6 to 12 digits, not {prefix}.</source>
      <translation>GS1-yritystunniste on 6–12 numeroa, ei {prefix}.</translation>
    </message>
    <message>
      <source>The printer address is not usable: {detail}</source>
      <translation>Tulostimen osoitetta ei voi käyttää: {detail}</translation>
    </message>
    <message>
      <source>This role needs a PIN: {role}.</source>
      <translation>Tämä rooli tarvitsee PIN-koodin: {role}.</translation>
    </message>
    <message>
      <source>There is no merchant {merchant}; import the catalogue first.</source>
      <translation>Kauppiasta {merchant} ei ole; tuo tuoteluettelo ensin.</translation>
    </message>
    <message>
      <source>A cut-off is a time of day like 14:00, not {value}.</source>
      <translation>Katkaisuaika on kellonaika, kuten 14:00, ei {value}.</translation>
    </message>
    <message>
      <source>Unknown time zone {value} (e.g. Europe/Oslo).</source>
      <translation>Tuntematon aikavyöhyke {value} (esim. Europe/Oslo).</translation>
    </message>
    <message>
      <source>Order {order} has not been shipped (status {status}); a complaint is recorded against a shipped order.</source>
      <translation>Tilausta {order} ei ole lähetetty (tila {status}); reklamaatio kirjataan lähetetylle tilaukselle.</translation>
    </message>
    <message>
      <source>Choose at least one line of order {order} the complaint is about.</source>
      <translation>Valitse vähintään yksi tilauksen {order} rivi, jota reklamaatio koskee.</translation>
    </message>
    <message>
      <source>Order {order} has no line {line}.</source>
      <translation>Tilauksessa {order} ei ole riviä {line}.</translation>
    </message>
    <message>
      <source>Line {line} of order {order} shipped {shipped} units; the complaint names {quantity}.</source>
      <translation>Tilauksen {order} rivillä {line} lähetettiin {shipped} kappaletta; reklamaatiossa mainitaan {quantity}.</translation>
    </message>
    <message>
      <source>A complaint is damaged, wrong item or missing item, not {kind}.</source>
      <translation>Reklamaatio on vaurioitunut, väärä tuote tai puuttuva tuote, ei {kind}.</translation>
    </message>
    <message>
      <source>This is a demo (training) database; a real site needs its own database.</source>
      <translation>Tämä on demotietokanta (koulutus); oikea toimipaikka tarvitsee oman tietokannan.</translation>
    </message>
    <message>
      <source>The file cannot be used: {detail}</source>
      <translation>Tiedostoa ei voi käyttää: {detail}</translation>
    </message>
    <message>
      <source>Nothing was imported: {detail}</source>
      <translation>Mitään ei tuotu: {detail}</translation>
    </message>
    <message>
      <source>This is a production database; demo data goes into the training database.</source>
      <translation>Tämä on tuotantotietokanta; demotiedot kuuluvat koulutustietokantaan.</translation>
    </message>
    <message>
      <source>Station {station} already exists.</source>
      <translation>Pakkauspiste {station} on jo olemassa.</translation>
    </message>
    <message>
      <source>Unknown station: {detail}</source>
      <translation>Tuntematon pakkauspiste: {detail}</translation>
    </message>
    <message>
      <source>There is no order with id {order_id}.</source>
      <translation>Tilausta tunnuksella {order_id} ei ole.</translation>
    </message>
    <message>
      <source>Order {order_ref} is not claimed.</source>
      <translation>Tilausta {order_ref} ei ole varattu.</translation>
    </message>
    <message>
      <source>Order {order_ref} is not in the exception queue. Status: {status}.</source>
      <translation>Tilaus {order_ref} ei ole poikkeusjonossa. Tila: {status}.</translation>
    </message>
    <message>
      <source>Resolving an exception needs a note saying what was done.</source>
      <translation>Poikkeuksen ratkaisuun tarvitaan huomautus siitä, mitä tehtiin.</translation>
    </message>
    <message>
      <source>Unknown resolution {action}.</source>
      <translation>Tuntematon ratkaisu {action}.</translation>
    </message>
    <message>
      <source>Campaign: {path}: {reason}</source>
      <translation>Kampanja: {path}: {reason}</translation>
    </message>
    <message>
      <source>Variant {variant} cannot be stopped: it is already stopped or the last one running.</source>
      <translation>Versiota {variant} ei voi pysäyttää: se on jo pysäytetty tai viimeinen käynnissä oleva.</translation>
    </message>
    <message>
      <source>The return label's tracking number {tracking} is already on a shipping label; nothing was printed.</source>
      <translation>Palautustarran seurantanumero {tracking} on jo osoitetarrassa; mitään ei tulostettu.</translation>
    </message>
    <message>
      <source>Rule: {path}: {reason}</source>
      <translation>Sääntö: {path}: {reason}</translation>
    </message>
    <message>
      <source>Rule: {detail}</source>
      <translation>Sääntö: {detail}</translation>
    </message>
    <message>
      <source>There is no campaign {key}.</source>
      <translation>Kampanjaa {key} ei ole.</translation>
    </message>
    <message>
      <source>There is no campaign template {template}.</source>
      <translation>Kampanjamallia {template} ei ole.</translation>
    </message>
    <message>
      <source>There is no merchant {key}.</source>
      <translation>Kauppiasta {key} ei ole.</translation>
    </message>
    <message>
      <source>There is no customer {key}.</source>
      <translation>Asiakasta {key} ei ole.</translation>
    </message>
    <message>
      <source>Order not found: {detail}</source>
      <translation>Tilausta ei löytynyt: {detail}</translation>
    </message>
    <message>
      <source>Order reference {ref} is used by several merchants; scan the pick-ticket barcode.</source>
      <translation>Tilausnumero {ref} on usealla kauppiaalla; skannaa keräilylistan viivakoodi.</translation>
    </message>
    <message>
      <source>The order has no customer or merchant.</source>
      <translation>Tilaukselta puuttuu asiakas tai kauppias.</translation>
    </message>
    <message>
      <source>The order has no slip {slip_code}.</source>
      <translation>Tilauksella ei ole lappua {slip_code}.</translation>
    </message>
    <message>
      <source>Slip {slip_code} lost its customer, merchant or campaign.</source>
      <translation>Lapulta {slip_code} puuttuu asiakas, kauppias tai kampanja.</translation>
    </message>
    <message>
      <source>Could not draw a unique coupon code; try again.</source>
      <translation>Yksilöllistä kuponkikoodia ei saatu arvottua; yritä uudelleen.</translation>
    </message>
    <message>
      <source>Unknown units: {detail}</source>
      <translation>Tuntemattomat yksiköt: {detail}</translation>
    </message>
    <message>
      <source>A box is wrong: {detail}</source>
      <translation>Laatikko on virheellinen: {detail}</translation>
    </message>
    <message>
      <source>Dimensions are wrong: {detail}</source>
      <translation>Mitat ovat virheelliset: {detail}</translation>
    </message>
    <message>
      <source>An item is wrong: {detail}</source>
      <translation>Tuote on virheellinen: {detail}</translation>
    </message>
    <message>
      <source>A material is wrong: {detail}</source>
      <translation>Materiaali on virheellinen: {detail}</translation>
    </message>
    <message>
      <source>An order is wrong: {detail}</source>
      <translation>Tilaus on virheellinen: {detail}</translation>
    </message>
    <message>
      <source>A value is wrong: {detail}</source>
      <translation>Arvo on virheellinen: {detail}</translation>
    </message>
    <message>
      <source>The script cannot be replayed: {detail}</source>
      <translation>Skriptiä ei voi toistaa: {detail}</translation>
    </message>
    <message>
      <source>A time needs a time zone: {detail}</source>
      <translation>Ajalla on oltava aikavyöhyke: {detail}</translation>
    </message>
    <message>
      <source>This is a demo (training) database: its orders never shipped and are not exported.</source>
      <translation>Tämä on esittely- (koulutus)tietokanta: sen tilauksia ei koskaan lähetetty, eikä niitä viedä.</translation>
    </message>
    <message>
      <source>Training runs only in a demo database; this one holds real data.</source>
      <translation>Koulutus toimii vain esittelytietokannassa; tässä on oikeaa dataa.</translation>
    </message>
    <message>
      <source>The training scenario {file} cannot be used ({path}): {problem}</source>
      <translation>Koulutusskenaariota {file} ei voi käyttää ({path}): {problem}</translation>
    </message>
    <message>
      <source>There is no training scenario {scenario}.</source>
      <translation>Koulutusskenaariota {scenario} ei ole.</translation>
    </message>
    <message>
      <source>This scorecard was not found: {detail}</source>
      <translation>Tuloskorttia ei löytynyt: {detail}</translation>
    </message>
    <message>
      <source>{source} answered without a usable tracking number for order {order}; nothing was printed.</source>
      <translation>{source} ei antanut käyttökelpoista seurantanumeroa tilaukselle {order}; mitään ei tulostettu.</translation>
    </message>
    <message>
      <source>{source} gave no label document for order {order}; nothing was printed.</source>
      <translation>{source} ei lähettänyt osoitetarraa tilaukselle {order}; mitään ei tulostettu.</translation>
    </message>
    <message>
      <source>{source} sent a label for order {order} that is neither a PDF nor ZPL; nothing was printed.</source>
      <translation>{source} lähetti tilaukselle {order} osoitetarran, joka ei ole PDF eikä ZPL; mitään ei tulostettu.</translation>
    </message>
    <message>
      <source>{source} sent a {got} label for order {order}, but this bench's label printer takes {wanted}.</source>
      <translation>{source} lähetti tilauksen {order} osoitetarran muodossa {got}, mutta tämän pisteen tarratulostin ottaa muodon {wanted}.</translation>
    </message>
    <message>
      <source>No label for order {order}: {source} did not answer ({reason}). Press F7 to try again.</source>
      <translation>Ei osoitetarraa tilaukselle {order}: {source} ei vastannut ({reason}). Yritä uudelleen painamalla F7.</translation>
    </message>
    <message>
      <source>{source} has no label for order {order} yet. Press F7 to try again.</source>
      <translation>Lähteellä {source} ei ole vielä osoitetarraa tilaukselle {order}. Yritä uudelleen painamalla F7.</translation>
    </message>
    <message>
      <source>{source} refused the label for order {order}: {reason}</source>
      <translation>{source} hylkäsi tilauksen {order} osoitetarran: {reason}</translation>
    </message>
    <message>
      <source>{source} answered HTTP {status} for order {order}. Press F7 to try again.</source>
      <translation>{source} vastasi HTTP {status} tilaukselle {order}. Yritä uudelleen painamalla F7.</translation>
    </message>
    <message>
      <source>{source} offered a label for order {order} that the station has used before; make a new label there.</source>
      <translation>{source} tarjosi tilaukselle {order} osoitetarran, jota pakkauspiste on jo käyttänyt; tee sinne uusi tarra.</translation>
    </message>
    <message>
      <source>Labels from {source} need karrio and the carrier's extension installed.</source>
      <translation>Osoitetarrat lähteestä {source} vaativat karrion ja kuljetusliikkeen laajennuksen asennuksen.</translation>
    </message>
    <message>
      <source>The carrier connection {source} needs the environment variable {variable}.</source>
      <translation>Kuljetusliikeyhteys {source} tarvitsee ympäristömuuttujan {variable}.</translation>
    </message>
    <message>
      <source>The carrier connection {source} is set up wrong: {detail}</source>
      <translation>Kuljetusliikeyhteys {source} on määritetty väärin: {detail}</translation>
    </message>
    <message>
      <source>{source} did not void label {tracking}: {reason}</source>
      <translation>{source} ei mitätöinyt osoitetarraa {tracking}: {reason}</translation>
    </message>
    <message>
      <source>The label source for {key} is set up wrong: {detail}</source>
      <translation>Osoitetarrojen lähde kohteelle {key} on määritetty väärin: {detail}</translation>
    </message>
    <message>
      <source>Carrier PDF labels print one box at a time.</source>
      <translation>Kuljetusliikkeen PDF-tarrat tulostetaan laatikko kerrallaan.</translation>
    </message>
    <message>
      <source>This order's labels come from different sources; print them box by box.</source>
      <translation>Tämän tilauksen osoitetarrat tulevat eri lähteistä; tulosta ne laatikko kerrallaan.</translation>
    </message>
    <message>
      <source>There are no labels from {connection} to put on a manifest.</source>
      <translation>Yhteydestä {connection} ei ole osoitetarroja luovutusluetteloon.</translation>
    </message>
    <message>
      <source>No manifest from {source}: {reason}</source>
      <translation>Ei luovutusluetteloa lähteestä {source}: {reason}</translation>
    </message>
    <message>
      <source>This order's labels come from a source that quotes no rates.</source>
      <translation>Tämän tilauksen osoitetarrat tulevat lähteestä, joka ei anna hintoja.</translation>
    </message>
    <message>
      <source>There is no carrier connection named {connection}.</source>
      <translation>Kuljetusliikeyhteyttä nimeltä {connection} ei ole.</translation>
    </message>
    <message>
      <source>Order {order} matches several orders; give its id.</source>
      <translation>Tilaus {order} vastaa useaa tilausta; anna sen tunniste.</translation>
    </message>
    <message>
      <source>The order endpoint cannot listen on {address}: {detail}</source>
      <translation>Tilausten vastaanotto ei voi kuunnella osoitetta {address}: {detail}</translation>
    </message>
    <message>
      <source>The order endpoint needs a token of at least 16 characters in PACKSTATION_INBOX_TOKEN.</source>
      <translation>Tilausten vastaanotto tarvitsee vähintään 16 merkin tunnisteen muuttujaan PACKSTATION_INBOX_TOKEN.</translation>
    </message>
    <message>
      <source>{name} is still in training. To pass on the training floor before packing real orders: {missing}. A lead can lift the gate (badge, PIN and a reason).</source>
      <translation>{name} on vielä perehdytyksessä. Läpäistävä harjoitusalueella ennen oikeita tilauksia: {missing}. Vuoroesimies voi poistaa eston (kulkukortti, PIN ja syy).</translation>
    </message>
    <message>
      <source>Unknown training action: {detail}</source>
      <translation>Tuntematon harjoitustoiminto: {detail}</translation>
    </message>
    <message numerus="yes">
      <source>{name} has no recurring mistakes to practise in the last %n day(s).</source>
      <translation>
        <numerusform>Käyttäjällä {name} ei ole toistuvia virheitä harjoiteltavaksi viimeisen %n päivän ajalta.</numerusform>
        <numerusform>Käyttäjällä {name} ei ole toistuvia virheitä harjoiteltavaksi viimeisten %n päivän ajalta.</numerusform>
      </translation>
    </message>
    <message>
      <source>Cannot write {path}: nothing was written and the old file is unchanged. ({reason})</source>
      <translation>Tiedostoa {path} ei voi kirjoittaa: mitään ei kirjoitettu, ja vanha tiedosto on ennallaan. ({reason})</translation>
    </message>
    <message>
      <source>The disk of the database is full: this was NOT saved. Free space, then try again.</source>
      <translation>Tietokannan levy on täynnä: tätä EI tallennettu. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
      <source>The database cannot be written (read-only file, folder or server): this was NOT saved.</source>
      <translation>Tietokantaan ei voi kirjoittaa (vain luku -tiedosto, -kansio tai -palvelin): tätä EI tallennettu.</translation>
    </message>
    <message>
      <source>The database is busy (another bench holds this order): this was NOT saved. Try again.</source>
      <translation>Tietokanta on varattu (toinen pakkauspiste pitää tätä tilausta): tätä EI tallennettu. Yritä uudelleen.</translation>
    </message>
    <message>
      <source>This is not a database Packstation can use: {url}</source>
      <translation>Packstation ei voi käyttää tätä tietokantaa: {url}</translation>
    </message>
    <message>
      <source>This holds a character no barcode, badge or name can have (position {position}). Nothing was saved; scan or type it again.</source>
      <translation>Tässä on merkki, jota ei voi olla missään viivakoodissa, kulkukortissa tai nimessä (kohta {position}). Mitään ei tallennettu; skannaa tai kirjoita uudelleen.</translation>
    </message>
    <message>
      <source>The number {value} is far too large. Nothing was saved.</source>
      <translation>Luku {value} on aivan liian suuri. Mitään ei tallennettu.</translation>
    </message>
    <message>
      <source>{text} holds characters no label font can print ({characters}). Correct it in the shop, or a lead overrides the step.</source>
      <translation>{text} sisältää merkkejä, joita mikään osoitetarran fontti ei voi tulostaa ({characters}). Korjaa se verkkokaupassa, tai vuoroesimies ohittaa vaiheen.</translation>
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
      <source>Hazardous goods</source>
      <translation>Vaaralliset aineet</translation>
    </message>
    <message>
      <source>Gift order</source>
      <translation>Lahjatilaus</translation>
    </message>
    <message>
      <source>Bin</source>
      <translation>Hyllypaikka</translation>
    </message>
    <message>
      <source>Capture</source>
      <translation>Tallennettu</translation>
    </message>
    <message>
      <source>wrong item</source>
      <translation>väärä tuote</translation>
    </message>
    <message>
      <source>over-scan</source>
      <translation>liikaa skannattu</translation>
    </message>
    <message>
      <source>unknown barcode</source>
      <translation>tuntematon viivakoodi</translation>
    </message>
    <message>
      <source>bad check digit</source>
      <translation>väärä tarkistusnumero</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>vanhentunut</translation>
    </message>
    <message>
      <source>short shelf life</source>
      <translation>lyhyt säilyvyys</translation>
    </message>
    <message>
      <source>wrong lot</source>
      <translation>väärä erä</translation>
    </message>
    <message>
      <source>serial required</source>
      <translation>sarjanumero puuttuu</translation>
    </message>
    <message>
      <source>duplicate serial</source>
      <translation>kaksoissarjanumero</translation>
    </message>
    <message>
      <source>case not allowed</source>
      <translation>laatikko ei sallittu</translation>
    </message>
    <message>
      <source>unexpected barcode</source>
      <translation>odottamaton viivakoodi</translation>
    </message>
    <message>
      <source>too fast repeat</source>
      <translation>skannattu kahdesti</translation>
    </message>
    <message>
      <source>QC: damage</source>
      <translation>Laatutarkastus: vaurio</translation>
    </message>
    <message>
      <source>QC: expiry</source>
      <translation>Laatutarkastus: viimeinen käyttöpäivä</translation>
    </message>
    <message>
      <source>QC: serial</source>
      <translation>Laatutarkastus: sarjanumero</translation>
    </message>
    <message>
      <source>QC: lot</source>
      <translation>Laatutarkastus: erä</translation>
    </message>
    <message>
      <source>weight mismatch</source>
      <translation>paino ei täsmää</translation>
    </message>
    <message>
      <source>QC: fragile</source>
      <translation>Laatutarkastus: särkyvä</translation>
    </message>
    <message>
      <source>QC: hazmat</source>
      <translation>Laatutarkastus: vaarallinen aine</translation>
    </message>
    <message>
      <source>QC: gift</source>
      <translation>Laatutarkastus: lahja</translation>
    </message>
    <message>
      <source>override</source>
      <translation>ohitus</translation>
    </message>
    <message>
      <source>short-ship</source>
      <translation>vajaa lähetys</translation>
    </message>
    <message>
      <source>reprint</source>
      <translation>uusintatulostus</translation>
    </message>
    <message>
      <source>label void</source>
      <translation>mitätöity tarra</translation>
    </message>
    <message>
      <source>slip verification</source>
      <translation>lapun tarkistus</translation>
    </message>
    <message>
      <source>label verification</source>
      <translation>tarran tarkistus</translation>
    </message>
    <message>
      <source>box override</source>
      <translation>laatikon ohitus</translation>
    </message>
    <message>
      <source>print failure</source>
      <translation>tulostusvirhe</translation>
    </message>
    <message>
      <source>complaint: damaged</source>
      <translation>reklamaatio: vaurioitunut</translation>
    </message>
    <message>
      <source>complaint: wrong item</source>
      <translation>reklamaatio: väärä tuote</translation>
    </message>
    <message>
      <source>complaint: missing item</source>
      <translation>reklamaatio: puuttuva tuote</translation>
    </message>
    <message>
      <source>Welcome on a first order</source>
      <translation>Tervetuloa ensimmäisen tilauksen yhteydessä</translation>
    </message>
    <message>
      <source>Thanks to a VIP</source>
      <translation>Kiitos VIP-asiakkaalle</translation>
    </message>
    <message>
      <source>Win back a lapsed customer</source>
      <translation>Tauolla olleen asiakkaan takaisin voittaminen</translation>
    </message>
    <message>
      <source>Apology after an incident</source>
      <translation>Anteeksipyyntö reklamaation jälkeen</translation>
    </message>
    <message>
      <source>Returns information</source>
      <translation>Palautustiedot</translation>
    </message>
    <message>
      <source>Extra unit</source>
      <translation>Ylimääräinen kappale</translation>
    </message>
    <message>
      <source>Customer asked</source>
      <translation>Asiakas pyysi</translation>
    </message>
    <message>
      <source>Label smudged or torn</source>
      <translation>Tarra tuhruinen tai repeytynyt</translation>
    </message>
    <message>
      <source>Slip missing</source>
      <translation>Lappu puuttuu</translation>
    </message>
    <message>
      <source>Box changed</source>
      <translation>Laatikko vaihdettu</translation>
    </message>
    <message>
      <source>Wrong box or weight</source>
      <translation>Väärä laatikko tai paino</translation>
    </message>
    <message>
      <source>Order reopened</source>
      <translation>Tilaus avattu uudelleen</translation>
    </message>
    <message>
      <source>Label damaged</source>
      <translation>Tarra vaurioitunut</translation>
    </message>
    <message>
      <source>Item missing from the tote</source>
      <translation>Tuote puuttuu keräilylaatikosta</translation>
    </message>
    <message>
      <source>Item damaged, no replacement</source>
      <translation>Tuote vaurioitunut, ei korvaavaa</translation>
    </message>
    <message>
      <source>Wrong item picked</source>
      <translation>Väärä tuote kerätty</translation>
    </message>
    <message>
      <source>QC failed</source>
      <translation>Laatutarkastus hylätty</translation>
    </message>
    <message>
      <source>Customer asked to hold</source>
      <translation>Asiakas pyysi odottamaan</translation>
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
      <translation>Kumoa viimeisin skannaus</translation>
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
      <source>Next step</source>
      <translation>Seuraava vaihe</translation>
    </message>
    <message>
      <source>Do the next step the banner names: open the check it asks for again (after Esc), or say what the order waits for.</source>
      <translation>Tee bannerin nimeämä seuraava vaihe: avaa pyydetty tarkistus uudelleen (Escin jälkeen) tai näytä, mitä tilaus odottaa.</translation>
    </message>
    <message>
      <source>End your session at this bench.</source>
      <translation>Lopeta istuntosi tässä pakkauspisteessä.</translation>
    </message>
    <message>
      <source>Two orders, several units</source>
      <translation>Kaksi tilausta, useita kappaleita</translation>
    </message>
    <message>
      <source>Fragile porcelain</source>
      <translation>Särkyvää posliinia</translation>
    </message>
    <message>
      <source>A wrong item in the tote</source>
      <translation>Väärä tuote keräilylaatikossa</translation>
    </message>
    <message>
      <source>A damaged unit</source>
      <translation>Vaurioitunut kappale</translation>
    </message>
    <message>
      <source>An expired lot</source>
      <translation>Vanhentunut erä</translation>
    </message>
    <message>
      <source>No serial number</source>
      <translation>Sarjanumero puuttuu</translation>
    </message>
    <message>
      <source>A VIP customer</source>
      <translation>VIP-asiakas</translation>
    </message>
    <message>
      <source>The scale disagrees</source>
      <translation>Vaaka on eri mieltä</translation>
    </message>
    <message>
      <source>A bad day</source>
      <translation>Huono päivä</translation>
    </message>
    <message>
      <source>the wrong unit was scanned and refused</source>
      <translation>väärä kappale skannattiin ja hylättiin</translation>
    </message>
    <message>
      <source>the damaged unit failed the check and was replaced</source>
      <translation>vaurioitunut kappale hylättiin tarkistuksessa ja vaihdettiin</translation>
    </message>
    <message>
      <source>the short order went to the lead</source>
      <translation>vajaa tilaus meni vuoroesimiehelle</translation>
    </message>
    <message>
      <source>the expired unit was refused and replaced</source>
      <translation>vanhentunut kappale hylättiin ja vaihdettiin</translation>
    </message>
    <message>
      <source>the unit without a serial did not ship</source>
      <translation>kappaletta ilman sarjanumeroa ei lähetetty</translation>
    </message>
    <message>
      <source>the fragile item was wrapped and confirmed</source>
      <translation>särkyvä tuote käärittiin ja vahvistettiin</translation>
    </message>
    <message>
      <source>the VIP slip went into the box and was scanned</source>
      <translation>VIP-lappu laitettiin laatikkoon ja skannattiin</translation>
    </message>
    <message>
      <source>the jam was cleared, the label reprinted (F7) and scanned on the box</source>
      <translation>paperitukos poistettiin, osoitetarra tulostettiin uudelleen (F7) ja skannattiin laatikosta</translation>
    </message>
    <message>
      <source>the cause was found in the box and the box re-weighed</source>
      <translation>syy löytyi laatikosta ja laatikko punnittiin uudelleen</translation>
    </message>
    <message>
      <source>scan the faulty unit so the station refuses it</source>
      <translation>skannaa viallinen kappale, jotta pakkauspiste hylkää sen</translation>
    </message>
    <message>
      <source>fail the damage check</source>
      <translation>hylkää vauriotarkistus</translation>
    </message>
    <message>
      <source>scan a good unit in its place</source>
      <translation>skannaa tilalle ehjä kappale</translation>
    </message>
    <message>
      <source>send the order to the lead (F10)</source>
      <translation>lähetä tilaus vuoroesimiehelle (F10)</translation>
    </message>
    <message>
      <source>wrap the fragile item and confirm the check</source>
      <translation>kääri särkyvä tuote ja vahvista tarkistus</translation>
    </message>
    <message>
      <source>find the cause on the bench (check the box's contents)</source>
      <translation>etsi syy pakkauspisteellä (tarkista laatikon sisältö)</translation>
    </message>
    <message>
      <source>weigh again after finding the cause</source>
      <translation>punnitse uudelleen, kun syy on löytynyt</translation>
    </message>
    <message>
      <source>clear the jam in the printer</source>
      <translation>poista tulostimen paperitukos</translation>
    </message>
    <message>
      <source>reprint the label (F7)</source>
      <translation>tulosta osoitetarra uudelleen (F7)</translation>
    </message>
    <message>
      <source>scan the label on the box</source>
      <translation>skannaa osoitetarra laatikosta</translation>
    </message>
    <message>
      <source>put the slip in the box and scan it</source>
      <translation>laita lappu laatikkoon ja skannaa se</translation>
    </message>
    <message>
      <source>close the order</source>
      <translation>sulje tilaus</translation>
    </message>
    <message>
      <source>the order was not finished</source>
      <translation>tilausta ei saatu valmiiksi</translation>
    </message>
  </context>
</TS>
