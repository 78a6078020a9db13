<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
  <context>
    <name>Packstation</name>
    <message>
      <source>Taking the photo of the package ...</source>
      <translation>Robienie zdjęcia paczki ...</translation>
    </message>
    <message>
      <source>Photo of the package taken</source>
      <translation>Zdjęcie paczki zrobione</translation>
    </message>
    <message>
      <source>No photo: {reason}</source>
      <translation>Brak zdjęcia: {reason}</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Szkolenie</translation>
    </message>
    <message>
      <source>Open demo mode (trainers and leads)…</source>
      <translation>Otwórz tryb demo (szkoleniowcy i kierownicy zmiany)…</translation>
    </message>
    <message>
      <source>Sign in as a trainer or a lead first, then open demo mode.</source>
      <translation>Najpierw zaloguj się jako szkoleniowiec lub kierownik zmiany, potem otwórz tryb demo.</translation>
    </message>
    <message>
      <source>Only a trainer or a shift lead can open demo mode. Signed in: {name} · Role: {role}</source>
      <translation>Tylko szkoleniowiec lub lider zmiany może otworzyć tryb demo. Zalogowano: {name} · Rola: {role}</translation>
    </message>
    <message>
      <source>Finish or suspend order {ref} first: demo mode opens on an empty bench.</source>
      <translation>Najpierw zakończ lub wstrzymaj zamówienie {ref}: tryb demo otwiera się na pustym stanowisku.</translation>
    </message>
    <message>
      <source>Wrong item in the tote</source>
      <translation>Zły towar w pojemniku</translation>
    </message>
    <message>
      <source>Damaged unit</source>
      <translation>Uszkodzona sztuka</translation>
    </message>
    <message>
      <source>Short pick</source>
      <translation>Niekompletna kompletacja</translation>
    </message>
    <message>
      <source>Expired lot</source>
      <translation>Przeterminowana partia</translation>
    </message>
    <message>
      <source>Missing serial</source>
      <translation>Brak numeru seryjnego</translation>
    </message>
    <message>
      <source>Fragile item</source>
      <translation>Towar kruchy</translation>
    </message>
    <message>
      <source>VIP slip</source>
      <translation>Ulotka VIP</translation>
    </message>
    <message>
      <source>Printer jam</source>
      <translation>Zacięcie drukarki</translation>
    </message>
    <message>
      <source>Weight mismatch</source>
      <translation>Niezgodna waga</translation>
    </message>
    <message>
      <source>handled right</source>
      <translation>obsłużone prawidłowo</translation>
    </message>
    <message>
      <source>caught, not handled</source>
      <translation>wykryte, nieobsłużone</translation>
    </message>
    <message>
      <source>MISSED</source>
      <translation>PRZEOCZONE</translation>
    </message>
    <message>
      <source>best before {date}</source>
      <translation>najlepiej spożyć przed {date}</translation>
    </message>
    <message>
      <source>the box is crushed and the unit rattles</source>
      <translation>pudełko jest zgniecione, a w środku coś grzechocze</translation>
    </message>
    <message>
      <source>no serial-number sticker on the unit</source>
      <translation>brak naklejki z numerem seryjnym na sztuce</translation>
    </message>
    <message>
      <source>Click a pick ticket to claim its order.</source>
      <translation>Kliknij listę kompletacyjną, aby przejąć zamówienie.</translation>
    </message>
    <message>
      <source>The label did not come out: look at the label printer on the training bench.</source>
      <translation>Etykieta nie wyszła: sprawdź drukarkę etykiet na stanowisku szkoleniowym.</translation>
    </message>
    <message>
      <source>Everything is done: close the order (F12).</source>
      <translation>Wszystko gotowe: zamknij zamówienie (F12).</translation>
    </message>
    <message>
      <source>Scan the items in the tote, one by one; look at each unit before you scan it.</source>
      <translation>Skanuj towary z pojemnika po kolei; obejrzyj każdą sztukę, zanim ją zeskanujesz.</translation>
    </message>
    <message>
      <source>Answer the check on the screen from what you see on the unit.</source>
      <translation>Odpowiedz na kontrolę na ekranie na podstawie tego, co widzisz na sztuce.</translation>
    </message>
    <message>
      <source>Take the planned box and scan it; then weigh it.</source>
      <translation>Weź zaplanowany karton i zeskanuj go; potem go zważ.</translation>
    </message>
    <message>
      <source>Put the printed slip in the box and scan it.</source>
      <translation>Włóż wydrukowaną ulotkę do kartonu i zeskanuj ją.</translation>
    </message>
    <message>
      <source>Stick the label on the box and scan it.</source>
      <translation>Naklej etykietę na karton i zeskanuj ją.</translation>
    </message>
    <message>
      <source>Every order of this scenario is done: click “Finish and score”.</source>
      <translation>Wszystkie zamówienia tego scenariusza są gotowe: kliknij „Zakończ i oceń”.</translation>
    </message>
    <message>
      <source>Take box {boxes} and scan it; then weigh it.</source>
      <translation>Weź karton {boxes} i zeskanuj go; potem go zważ.</translation>
    </message>
    <message>
      <source>Packstation — TRAINING bench (virtual scanner, scale, printer)</source>
      <translation>Packstation — stanowisko SZKOLENIOWE (wirtualny skaner, waga, drukarka)</translation>
    </message>
    <message>
      <source>TRAINING — virtual devices</source>
      <translation>SZKOLENIE — urządzenia wirtualne</translation>
    </message>
    <message>
      <source>Hints (off for an exam)</source>
      <translation>Podpowiedzi (wyłączone na egzaminie)</translation>
    </message>
    <message>
      <source>Start scenario</source>
      <translation>Rozpocznij scenariusz</translation>
    </message>
    <message>
      <source>Finish and score</source>
      <translation>Zakończ i oceń</translation>
    </message>
    <message>
      <source>Virtual scanner: click to scan</source>
      <translation>Wirtualny skaner: kliknij, aby zeskanować</translation>
    </message>
    <message>
      <source>Put the box on the scale</source>
      <translation>Postaw karton na wadze</translation>
    </message>
    <message>
      <source>Look inside the box</source>
      <translation>Zajrzyj do kartonu</translation>
    </message>
    <message>
      <source>Keys: Ctrl+Shift+S start · ↑/↓ or Tab move between items, Home the first, End the newest (box, slip, label) · Enter scans it · Ctrl+Shift+W scale · Ctrl+Shift+B look inside the box · Ctrl+Shift+J clear the jam · Ctrl+Shift+F finish and score</source>
      <translation>Klawisze: Ctrl+Shift+S start · ↑/↓ lub Tab przechodzą między pozycjami, Home pierwsza, End najnowsza (karton, ulotka, etykieta) · Enter skanuje · Ctrl+Shift+W waga · Ctrl+Shift+B zajrzyj do kartonu · Ctrl+Shift+J usuń zacięcie · Ctrl+Shift+F zakończ i oceń</translation>
    </message>
    <message>
      <source>Open the printer and clear the jam</source>
      <translation>Otwórz drukarkę i usuń zacięcie</translation>
    </message>
    <message>
      <source>PASSED</source>
      <translation>ZALICZONE</translation>
    </message>
    <message>
      <source>NOT PASSED</source>
      <translation>NIEZALICZONE</translation>
    </message>
    <message>
      <source>Choose a scenario and start.</source>
      <translation>Wybierz scenariusz i zacznij.</translation>
    </message>
    <message>
      <source>Printed documents appear here</source>
      <translation>Wydrukowane dokumenty pojawią się tutaj</translation>
    </message>
    <message>
      <source>Found in the box and taken out: {what}. Weigh the box again.</source>
      <translation>Znalezione w kartonie i wyjęte: {what}. Zważ karton ponownie.</translation>
    </message>
    <message>
      <source>The box holds what was scanned, nothing else.</source>
      <translation>W kartonie jest tylko to, co zeskanowano.</translation>
    </message>
    <message>
      <source>Wrong on purpose: {what}</source>
      <translation>Celowo błędne: {what}</translation>
    </message>
    <message>
      <source>Label printer: JAMMED — paper stuck under the print head</source>
      <translation>Drukarka etykiet: ZACIĘCIE — papier utknął pod głowicą</translation>
    </message>
    <message>
      <source>Label printer: ready (prints PDF files)</source>
      <translation>Drukarka etykiet: gotowa (drukuje pliki PDF)</translation>
    </message>
    <message>
      <source>&lt;p&gt;Time {seconds} s · caught {caught}/{injected} · handled right {handled}/{injected} · missed {missed} · overrides asked {overrides} · own slips {own} · accuracy {accuracy}&lt;/p&gt;</source>
      <translation>&lt;p&gt;Czas {seconds} s · wykryte {caught}/{injected} · obsłużone prawidłowo {handled}/{injected} · przeoczone {missed} · prośby o zatwierdzenie {overrides} · własne pomyłki {own} · dokładność {accuracy}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
      <source>Pick ticket {key} (%n item(s) in tote)</source>
      <translation>
        <numerusform>Lista kompletacyjna {key} (%n sztuka w pojemniku)</numerusform>
        <numerusform>Lista kompletacyjna {key} (%n sztuki w pojemniku)</numerusform>
        <numerusform>Lista kompletacyjna {key} (%n sztuk w pojemniku)</numerusform>
      </translation>
    </message>
    <message>
      <source>Box {box}</source>
      <translation>Karton {box}</translation>
    </message>
    <message>
      <source>Printed slip</source>
      <translation>Wydrukowana ulotka</translation>
    </message>
    <message>
      <source>Unknown barcode</source>
      <translation>Nieznany kod kreskowy</translation>
    </message>
    <message>
      <source>Kawka mug (another merchant)</source>
      <translation>Kubek Kawka (inny sprzedawca)</translation>
    </message>
    <message>
      <source>Shipping label</source>
      <translation>Etykieta wysyłkowa</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Zamówienie</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Błąd</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Wynik</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Co się stało</translation>
    </message>
    <message>
      <source>Print selected scorecard (PDF)</source>
      <translation>Drukuj wybraną kartę wyników (PDF)</translation>
    </message>
    <message>
      <source>Trainees (select one for their results per error type)</source>
      <translation>Osoby w szkoleniu (wybierz jedną, aby zobaczyć wyniki według typu błędu)</translation>
    </message>
    <message>
      <source>Per error type</source>
      <translation>Według typu błędu</translation>
    </message>
    <message>
      <source>Scorecards</source>
      <translation>Karty wyników</translation>
    </message>
    <message>
      <source>Scorecard saved: {path}</source>
      <translation>Karta wyników zapisana: {path}</translation>
    </message>
    <message>
      <source>Packstation — TRAINING</source>
      <translation>Packstation — SZKOLENIE</translation>
    </message>
    <message>
      <source>TRAINING — demo database, nothing here ships</source>
      <translation>SZKOLENIE — baza demo, nic stąd nie zostanie wysłane</translation>
    </message>
    <message>
      <source>Practice floor</source>
      <translation>Sala ćwiczeń</translation>
    </message>
    <message>
      <source>Trainer: trainees and scorecards</source>
      <translation>Szkoleniowiec: szkoleni i karty wyników</translation>
    </message>
    <message>
      <source>Trainee</source>
      <translation>W szkoleniu</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Podejścia</translation>
    </message>
    <message>
      <source>Scenarios passed</source>
      <translation>Zaliczone scenariusze</translation>
    </message>
    <message>
      <source>Best accuracy</source>
      <translation>Najlepsza trafność</translation>
    </message>
    <message>
      <source>Trend (accuracy per attempt)</source>
      <translation>Trend (dokładność w kolejnych podejściach)</translation>
    </message>
    <message>
      <source>Last run</source>
      <translation>Ostatnie podejście</translation>
    </message>
    <message>
      <source>Error type</source>
      <translation>Rodzaj błędu</translation>
    </message>
    <message>
      <source>Injected</source>
      <translation>Wprowadzone</translation>
    </message>
    <message>
      <source>Caught</source>
      <translation>Wykryte</translation>
    </message>
    <message>
      <source>Handled right</source>
      <translation>Obsłużone prawidłowo</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>Przeoczone</translation>
    </message>
    <message>
      <source>Overrides</source>
      <translation>Zatwierdzenia kierownika</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Czas</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Scenariusz</translation>
    </message>
    <message>
      <source>Hints</source>
      <translation>Podpowiedzi</translation>
    </message>
    <message>
      <source>Accuracy</source>
      <translation>Dokładność</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>Zaliczone</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>Scorecard PDF</source>
      <translation>Karta wyników (PDF)</translation>
    </message>
    <message>
      <source>Next: {step}</source>
      <translation>Dalej: {step}</translation>
    </message>
    <message>
      <source>Sign in first (scan your badge).</source>
      <translation>Najpierw się zaloguj (zeskanuj identyfikator).</translation>
    </message>
    <message>
      <source>on</source>
      <translation>wł.</translation>
    </message>
    <message>
      <source>off</source>
      <translation>wył.</translation>
    </message>
    <message>
      <source>running</source>
      <translation>w toku</translation>
    </message>
    <message>
      <source>The scorecard was NOT saved: {why}</source>
      <translation>Karta wyników NIE została zapisana: {why}</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>tak</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nie</translation>
    </message>
    <message>
      <source>ORDER OPEN</source>
      <translation>ZAMÓWIENIE OTWARTE</translation>
    </message>
    <message numerus="yes">
      <source>Order {ref}: %n unit(s) to pack</source>
      <translation>
        <numerusform>Zamówienie {ref}: %n sztuka do spakowania</numerusform>
        <numerusform>Zamówienie {ref}: %n sztuki do spakowania</numerusform>
        <numerusform>Zamówienie {ref}: %n sztuk do spakowania</numerusform>
      </translation>
    </message>
    <message>
      <source>Expected about {g} g</source>
      <translation>Oczekiwano ok. {g} g</translation>
    </message>
    <message>
      <source>Ship short (units missing)</source>
      <translation>Wyślij niekompletne (brak sztuk)</translation>
    </message>
    <message>
      <source>Slips not scanned</source>
      <translation>Ulotki nie zeskanowane</translation>
    </message>
    <message>
      <source>Label not scanned</source>
      <translation>Etykieta nie zeskanowana</translation>
    </message>
    <message>
      <source>Weight check</source>
      <translation>Kontrola wagi</translation>
    </message>
    <message numerus="yes">
      <source>How many units of {sku} (%n still to pack)?</source>
      <translation>
        <numerusform>Ile sztuk {sku} (do spakowania: %n)?</numerusform>
        <numerusform>Ile sztuk {sku} (do spakowania: %n)?</numerusform>
        <numerusform>Ile sztuk {sku} (do spakowania: %n)?</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove a unit</source>
      <translation>Wyjmij sztukę</translation>
    </message>
    <message>
      <source>Take one unit of {sku} out of the box. Why?</source>
      <translation>Wyjmij jedną sztukę {sku} z kartonu. Dlaczego?</translation>
    </message>
    <message>
      <source>Box {n} of {m}: expected about {g} g (its items, cushioning and the box itself)</source>
      <translation>Karton {n} z {m}: oczekiwano ok. {g} g (towary, wypełniacz i sam karton)</translation>
    </message>
    <message>
      <source>Reprint</source>
      <translation>Drukuj ponownie</translation>
    </message>
    <message>
      <source>Print the label and slips of this order again. Why?</source>
      <translation>Wydrukuj ponownie etykietę i ulotki tego zamówienia. Dlaczego?</translation>
    </message>
    <message>
      <source>Void label</source>
      <translation>Anuluj etykietę</translation>
    </message>
    <message>
      <source>Cancel this order's shipping label. Why?</source>
      <translation>Anuluj etykietę wysyłkową tego zamówienia. Dlaczego?</translation>
    </message>
    <message>
      <source>SUSPENDED</source>
      <translation>WSTRZYMANE</translation>
    </message>
    <message>
      <source>Order {ref} is parked: scan its barcode at any bench to resume.</source>
      <translation>Zamówienie {ref} jest wstrzymane: zeskanuj jego kod na dowolnym stanowisku, aby wznowić.</translation>
    </message>
    <message>
      <source>SENT TO EXCEPTION</source>
      <translation>PRZEKAZANE DO WYJĄTKÓW</translation>
    </message>
    <message>
      <source>Order {ref}: {reason}. Put the tote on the exception shelf.</source>
      <translation>Zamówienie {ref}: {reason}. Odłóż pojemnik na półkę wyjątków.</translation>
    </message>
    <message>
      <source>Send to exception</source>
      <translation>Przekaż do wyjątków</translation>
    </message>
    <message>
      <source>Why can this order not be finished here?</source>
      <translation>Dlaczego tego zamówienia nie można tu dokończyć?</translation>
    </message>
    <message>
      <source>{check} — {sku}</source>
      <translation>{check} — {sku}</translation>
    </message>
    <message>
      <source>FAILED: {what}</source>
      <translation>NIEZALICZONE: {what}</translation>
    </message>
    <message>
      <source>The order cannot close yet: {reasons}</source>
      <translation>Zamówienia nie można jeszcze zamknąć: {reasons}</translation>
    </message>
    <message>
      <source>ORDER CLOSED</source>
      <translation>ZAMÓWIENIE ZAMKNIĘTE</translation>
    </message>
    <message>
      <source>Order {ref} is done. Scan the next order or press F3.</source>
      <translation>Zamówienie {ref} gotowe. Zeskanuj następne zamówienie lub naciśnij F3.</translation>
    </message>
    <message>
      <source>Scan your badge</source>
      <translation>Zeskanuj swój identyfikator</translation>
    </message>
    <message>
      <source>No order waiting in the queue.</source>
      <translation>Brak zamówień w kolejce.</translation>
    </message>
    <message>
      <source>OVERRIDDEN</source>
      <translation>ZATWIERDZONE PRZEZ LIDERA</translation>
    </message>
    <message>
      <source>A lead approved: {reason}. {next}: {detail}</source>
      <translation>Lider zatwierdził: {reason}. {next}: {detail}</translation>
    </message>
    <message>
      <source>Printer fault: {fault}</source>
      <translation>Błąd drukarki: {fault}</translation>
    </message>
    <message>
      <source>CANNOT CLOSE</source>
      <translation>NIE MOŻNA ZAMKNĄĆ</translation>
    </message>
    <message>
      <source>order</source>
      <translation>zamówienie</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>NIEZALICZONE</translation>
    </message>
    <message>
      <source>Packstation cannot start</source>
      <translation>Nie można uruchomić Packstation</translation>
    </message>
    <message>
      <source>marketing</source>
      <translation>marketing</translation>
    </message>
    <message>
      <source>apology</source>
      <translation>przeprosiny</translation>
    </message>
    <message>
      <source>returns</source>
      <translation>zwroty</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Klient</translation>
    </message>
    <message>
      <source>Gets it</source>
      <translation>Otrzyma</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Dlaczego</translation>
    </message>
    <message>
      <source>Headline</source>
      <translation>Nagłówek</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Tekst</translation>
    </message>
    <message>
      <source>Variant</source>
      <translation>Wariant</translation>
    </message>
    <message>
      <source>Inserted</source>
      <translation>Włożone</translation>
    </message>
    <message>
      <source>Redeemed</source>
      <translation>Wykorzystane</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Odsetek</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>Przychód</translation>
    </message>
    <message>
      <source>Came back</source>
      <translation>Wrócili</translation>
    </message>
    <message>
      <source>Uplift, points (95 %)</source>
      <translation>Wzrost, pkt proc. (95 %)</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Koszt</translation>
    </message>
    <message numerus="yes">
      <source>Insert cost in all: {cost} ({each} each). Came back: ordered again within %n day(s).</source>
      <translation>
        <numerusform>Koszt ulotek łącznie: {cost} ({each} za sztukę). Powracający: zamówili ponownie w ciągu %n dnia.</numerusform>
        <numerusform>Koszt ulotek łącznie: {cost} ({each} za sztukę). Powracający: zamówili ponownie w ciągu %n dni.</numerusform>
        <numerusform>Koszt ulotek łącznie: {cost} ({each} za sztukę). Powracający: zamówili ponownie w ciągu %n dni.</numerusform>
      </translation>
    </message>
    <message>
      <source>A copy: not saved and not active yet.</source>
      <translation>Kopia: jeszcze niezapisana i nieaktywna.</translation>
    </message>
    <message>
      <source>New campaign</source>
      <translation>Nowa kampania</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktywna</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Zapisz</translation>
    </message>
    <message>
      <source>YYYY-MM-DD (empty: now)</source>
      <translation>RRRR-MM-DD (puste: teraz)</translation>
    </message>
    <message>
      <source>YYYY-MM-DD (empty: open)</source>
      <translation>RRRR-MM-DD (puste: bez końca)</translation>
    </message>
    <message>
      <source>Hi {first_name}, …</source>
      <translation>Cześć {first_name}, …</translation>
    </message>
    <message>
      <source>Sample customers who get it: {n}/{total} · Queued orders that would: {queued}</source>
      <translation>Przykładowi klienci, którzy ją otrzymają: {n}/{total} · Zamówienia w kolejce, które by ją dostały: {queued}</translation>
    </message>
    <message>
      <source>Saved {name}</source>
      <translation>Zapisano: {name}</translation>
    </message>
    <message>
      <source>Holdout (no slip)</source>
      <translation>Grupa kontrolna (bez ulotki)</translation>
    </message>
    <message>
      <source>Campaign name</source>
      <translation>Nazwa kampanii</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Rodzaj</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priorytet</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Początek</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Koniec</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Język</translation>
    </message>
    <message>
      <source>Who gets it</source>
      <translation>Kto ją dostaje</translation>
    </message>
    <message>
      <source>Coupon prefix</source>
      <translation>Prefiks kuponu</translation>
    </message>
    <message>
      <source>Paper per insert</source>
      <translation>Papier na ulotkę</translation>
    </message>
    <message>
      <source>Printing per insert</source>
      <translation>Druk na ulotkę</translation>
    </message>
    <message>
      <source>From the template: adjust it, then Save.</source>
      <translation>Z szablonu: dostosuj go, potem Zapisz.</translation>
    </message>
    <message>
      <source>copy</source>
      <translation>kopia</translation>
    </message>
    <message>
      <source>Edit as JSON</source>
      <translation>Edytuj jako JSON</translation>
    </message>
    <message>
      <source>New from a template…</source>
      <translation>Nowa z szablonu…</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplikuj</translation>
    </message>
    <message numerus="yes">
      <source>{name} ({kind}) — %n slip(s)</source>
      <translation>
        <numerusform>{name} ({kind}) — %n ulotka</numerusform>
        <numerusform>{name} ({kind}) — %n ulotki</numerusform>
        <numerusform>{name} ({kind}) — %n ulotek</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} ({kind}, off) — %n slip(s)</source>
      <translation>
        <numerusform>{name} ({kind}, wył.) — %n ulotka</numerusform>
        <numerusform>{name} ({kind}, wył.) — %n ulotki</numerusform>
        <numerusform>{name} ({kind}, wył.) — %n ulotek</numerusform>
      </translation>
    </message>
    <message>
      <source>Save the campaign to see what its slips do.</source>
      <translation>Zapisz kampanię, aby zobaczyć, co dają jej ulotki.</translation>
    </message>
    <message>
      <source>Stop the losing variant</source>
      <translation>Zatrzymaj przegrywający wariant</translation>
    </message>
    <message>
      <source>No holdout group: set a holdout share to measure the uplift.</source>
      <translation>Brak grupy kontrolnej: ustaw jej udział, aby zmierzyć wzrost.</translation>
    </message>
    <message>
      <source>Stop the losing variant ({variant})</source>
      <translation>Zatrzymaj przegrywający wariant ({variant})</translation>
    </message>
    <message>
      <source>{variant} (stopped)</source>
      <translation>{variant} (zatrzymany)</translation>
    </message>
    <message>
      <source>There is no losing variant to stop: fewer than two variants are running with slips inserted.</source>
      <translation>Nie ma przegrywającego wariantu do zatrzymania: mniej niż dwa warianty działają z włożonymi ulotkami.</translation>
    </message>
    <message>
      <source>Campaigns</source>
      <translation>Kampanie</translation>
    </message>
    <message>
      <source>Preview for sample customers</source>
      <translation>Podgląd dla przykładowych klientów</translation>
    </message>
    <message>
      <source>Orders in the queue that would get it</source>
      <translation>Zamówienia w kolejce, które by ją dostały</translation>
    </message>
    <message>
      <source>Results against the holdout group</source>
      <translation>Wyniki wobec grupy kontrolnej</translation>
    </message>
    <message>
      <source>Variant {variant} stopped: new slips go to the other variants.</source>
      <translation>Wariant {variant} zatrzymany: nowe ulotki trafiają do pozostałych wariantów.</translation>
    </message>
    <message>
      <source>Not saved: {reason}</source>
      <translation>Nie zapisano: {reason}</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Tak</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Nie</translation>
    </message>
    <message>
      <source>This shift (last 8 h)</source>
      <translation>Ta zmiana (ostatnie 8 h)</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Dzisiaj</translation>
    </message>
    <message>
      <source>Yesterday</source>
      <translation>Wczoraj</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Własny</translation>
    </message>
    <message>
      <source>Errors by type</source>
      <translation>Błędy wg rodzaju</translation>
    </message>
    <message>
      <source>Orders and errors by hour</source>
      <translation>Zamówienia i błędy na godzinę</translation>
    </message>
    <message>
      <source>By hour</source>
      <translation>Na godzinę</translation>
    </message>
    <message>
      <source>Errors by packer</source>
      <translation>Błędy wg pakowacza</translation>
    </message>
    <message>
      <source>Packers</source>
      <translation>Pakowacze</translation>
    </message>
    <message>
      <source>Ratios compare each packer with the floor on the same mix of single-unit, single-line and multi-line orders (1.00 = floor; below 1 = faster / fewer errors).</source>
      <translation>Wskaźniki porównują każdego pakowacza z całą halą przy tej samej mieszance zamówień jednosztukowych, jednopozycyjnych i wielopozycyjnych (1,00 = hala; poniżej 1 = szybciej / mniej błędów).</translation>
    </message>
    <message>
      <source>Errors by station</source>
      <translation>Błędy wg stanowiska</translation>
    </message>
    <message>
      <source>Stations</source>
      <translation>Stanowiska</translation>
    </message>
    <message>
      <source>On time and OTIF by merchant (%)</source>
      <translation>Na czas i OTIF wg sprzedawcy (%)</translation>
    </message>
    <message>
      <source>On time in full</source>
      <translation>Na czas i w komplecie</translation>
    </message>
    <message>
      <source>Orders and errors by day</source>
      <translation>Zamówienia i błędy według dni</translation>
    </message>
    <message>
      <source>By day</source>
      <translation>Według dni</translation>
    </message>
    <message>
      <source>Errors by SKU</source>
      <translation>Błędy według SKU</translation>
    </message>
    <message>
      <source>Range</source>
      <translation>Zakres</translation>
    </message>
    <message>
      <source>to</source>
      <translation>do</translation>
    </message>
    <message>
      <source>Tick stations to include; none ticked = every station</source>
      <translation>Zaznacz stanowiska do uwzględnienia; nic nie zaznaczone = wszystkie stanowiska</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>Na żywo</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Odśwież</translation>
    </message>
    <message>
      <source>Report PDF…</source>
      <translation>Raport PDF…</translation>
    </message>
    <message>
      <source>CSV…</source>
      <translation>CSV…</translation>
    </message>
    <message>
      <source>Order ref or barcode → timeline</source>
      <translation>Nr zamówienia lub kod → historia</translation>
    </message>
    <message>
      <source>Refreshing…</source>
      <translation>Odświeżanie…</translation>
    </message>
    <message>
      <source>Updated {time}. Enter or double-click on a count (or click a bar) shows its events; Ctrl+Tab: next table.</source>
      <translation>Zaktualizowano {time}. Enter lub dwukrotne kliknięcie liczby (albo kliknięcie słupka) pokazuje zdarzenia; Ctrl+Tab: następna tabela.</translation>
    </message>
    <message>
      <source>Packer</source>
      <translation>Pakowacz</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Stanowisko</translation>
    </message>
    <message>
      <source>on time &lt;b&gt;{on_time}&lt;/b&gt; · OTIF &lt;b&gt;{otif}&lt;/b&gt; · order-to-ship p50 &lt;b&gt;{p50}&lt;/b&gt; p90 &lt;b&gt;{p90}&lt;/b&gt; · &lt;b&gt;{at_risk}&lt;/b&gt; orders at risk now</source>
      <translation>na czas &lt;b&gt;{on_time}&lt;/b&gt; · OTIF (na czas i w komplecie) &lt;b&gt;{otif}&lt;/b&gt; · od zamówienia do wysyłki mediana &lt;b&gt;{p50}&lt;/b&gt; 90. percentyl &lt;b&gt;{p90}&lt;/b&gt; · &lt;b&gt;{at_risk}&lt;/b&gt; zamówień zagrożonych teraz</translation>
    </message>
    <message>
      <source>Save shift report</source>
      <translation>Zapisz raport zmiany</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Zapisano {path}</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Liczba</translation>
    </message>
    <message>
      <source>Hour</source>
      <translation>Godzina</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Zamówienia</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Sztuki</translation>
    </message>
    <message>
      <source>Errors</source>
      <translation>Błędy</translation>
    </message>
    <message>
      <source>Orders/h</source>
      <translation>Zam./h</translation>
    </message>
    <message>
      <source>Avg pack</source>
      <translation>Śr. pakowanie</translation>
    </message>
    <message>
      <source>Time ratio</source>
      <translation>Wskaźnik czasu</translation>
    </message>
    <message>
      <source>Error ratio</source>
      <translation>Wskaźnik błędów</translation>
    </message>
    <message>
      <source>Merchant</source>
      <translation>Sprzedawca</translation>
    </message>
    <message>
      <source>With ship-by</source>
      <translation>Z terminem wysyłki</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>Na czas</translation>
    </message>
    <message>
      <source>OTIF</source>
      <translation>Na czas i w komplecie</translation>
    </message>
    <message>
      <source>Order-to-ship p50</source>
      <translation>Od zamówienia do wysyłki, mediana</translation>
    </message>
    <message>
      <source>p90</source>
      <translation>90. percentyl</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>Zagrożone</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Po terminie</translation>
    </message>
    <message>
      <source>Order at risk</source>
      <translation>Zamówienie zagrożone</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Ship by</source>
      <translation>Wysłać do</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Pozostały czas</translation>
    </message>
    <message>
      <source>On time: closed at the bench by the order's ship-by time. OTIF: on time and no unit short-shipped. Order-to-ship: placed to closed. At risk: open orders due within 2 hours or overdue, now.</source>
      <translation>Na czas: zamknięte na stanowisku przed terminem wysyłki zamówienia. OTIF: na czas i żadna sztuka nie została wysłana niekompletnie. Od zamówienia do wysyłki: od złożenia do zamknięcia. Zagrożone: otwarte zamówienia z terminem w ciągu 2 godzin lub po terminie, teraz.</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dzień</translation>
    </message>
    <message>
      <source>Pick Last 7 days or Last 30 days above for the trend.</source>
      <translation>Wybierz powyżej Ostatnie 7 dni lub Ostatnie 30 dni, aby zobaczyć trend.</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <source>Look-alike SKUs swapped for each other show up here first: fix them with a lead's eye on the shelf.</source>
      <translation>Podobne SKU mylone ze sobą pojawiają się tu najpierw: popraw je, sprawdzając regał okiem lidera zmiany.</translation>
    </message>
    <message>
      <source>No order {ref}</source>
      <translation>Brak zamówienia {ref}</translation>
    </message>
    <message>
      <source>Could not refresh: {error}</source>
      <translation>Nie udało się odświeżyć: {error}</translation>
    </message>
    <message>
      <source>Orders: &lt;b&gt;{orders}&lt;/b&gt; · Units: &lt;b&gt;{units}&lt;/b&gt; · Orders/h: &lt;b&gt;{orders_h}&lt;/b&gt; · Units/h: &lt;b&gt;{units_h}&lt;/b&gt; · Avg pack: &lt;b&gt;{pack}&lt;/b&gt; · Accuracy: &lt;b&gt;{accuracy}&lt;/b&gt; · Errors: &lt;b&gt;{errors}&lt;/b&gt;</source>
      <translation>Zamówienia: &lt;b&gt;{orders}&lt;/b&gt; · Sztuki: &lt;b&gt;{units}&lt;/b&gt; · Zam./h: &lt;b&gt;{orders_h}&lt;/b&gt; · Szt./h: &lt;b&gt;{units_h}&lt;/b&gt; · Śr. pakowanie: &lt;b&gt;{pack}&lt;/b&gt; · Dokładność: &lt;b&gt;{accuracy}&lt;/b&gt; · Błędy: &lt;b&gt;{errors}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>All merchants</source>
      <translation>Wszyscy sprzedawcy</translation>
    </message>
    <message>
      <source>overdue {time}</source>
      <translation>po terminie {time}</translation>
    </message>
    <message>
      <source>TRAINING</source>
      <translation>SZKOLENIE</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanał</translation>
    </message>
    <message>
      <source>Tries</source>
      <translation>Próby</translation>
    </message>
    <message>
      <source>Next try</source>
      <translation>Następna próba</translation>
    </message>
    <message>
      <source>Last error</source>
      <translation>Ostatni błąd</translation>
    </message>
    <message>
      <source>outbox folder</source>
      <translation>folder wychodzący</translation>
    </message>
    <message>
      <source>webhook</source>
      <translation>webhook</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>oczekuje</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>wysyłane</translation>
    </message>
    <message>
      <source>delivered</source>
      <translation>dostarczone</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>Wyślij teraz</translation>
    </message>
    <message>
      <source>No shipment confirmations yet.</source>
      <translation>Brak jeszcze potwierdzeń wysyłki.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Zatwierdził</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Ilość</translation>
    </message>
    <message>
      <source>Scanned</source>
      <translation>Zeskanowano</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Szczegóły</translation>
    </message>
    <message>
      <source>&lt;b&gt;Order {ref}&lt;/b&gt; · {status} · {merchant} · Customer: {customer} · Lines: {lines} · Units: {units} · Closed: {closed} · Events: {events} · Errors: {errors}</source>
      <translation>&lt;b&gt;Zamówienie {ref}&lt;/b&gt; · {status} · {merchant} · Klient: {customer} · Pozycje: {lines} · Sztuki: {units} · Zamknięte: {closed} · Zdarzenia: {events} · Błędy: {errors}</translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;{title}&lt;/b&gt; — %n event(s). Enter or double-click on one shows its order's whole timeline; Esc goes back.</source>
      <translation>
        <numerusform>&lt;b&gt;{title}&lt;/b&gt; — %n zdarzenie. Enter lub dwukrotne kliknięcie zdarzenia pokazuje całą historię zamówienia; Esc wraca.</numerusform>
        <numerusform>&lt;b&gt;{title}&lt;/b&gt; — %n zdarzenia. Enter lub dwukrotne kliknięcie zdarzenia pokazuje całą historię zamówienia; Esc wraca.</numerusform>
        <numerusform>&lt;b&gt;{title}&lt;/b&gt; — %n zdarzeń. Enter lub dwukrotne kliknięcie zdarzenia pokazuje całą historię zamówienia; Esc wraca.</numerusform>
      </translation>
    </message>
    <message>
      <source>Order {ref} — timeline</source>
      <translation>Zamówienie {ref} — historia</translation>
    </message>
    <message>
      <source>Exception: {reason}</source>
      <translation>Wyjątek: {reason}</translation>
    </message>
    <message>
      <source>Tracking number, SSCC or order</source>
      <translation>Numer przesyłki, SSCC lub zamówienie</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>Szukaj</translation>
    </message>
    <message>
      <source>Save as PDF ...</source>
      <translation>Zapisz jako PDF ...</translation>
    </message>
    <message>
      <source>Looking up {code} ...</source>
      <translation>Wyszukiwanie {code} ...</translation>
    </message>
    <message>
      <source>Evidence for</source>
      <translation>Dowody dla</translation>
    </message>
    <message>
      <source>Every scan and verdict</source>
      <translation>Każdy skan i werdykt</translation>
    </message>
    <message>
      <source>not weighed</source>
      <translation>nie zważono</translation>
    </message>
    <message>
      <source>none</source>
      <translation>brak</translation>
    </message>
    <message>
      <source>taken {when}, SHA-256 {hash}</source>
      <translation>zrobione {when}, SHA-256 {hash}</translation>
    </message>
    <message>
      <source>no photo: {reason}</source>
      <translation>brak zdjęcia: {reason}</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>Brak zdjęcia</translation>
    </message>
    <message>
      <source>Save the evidence record</source>
      <translation>Zapisz raport dowodowy</translation>
    </message>
    <message>
      <source>Packed by</source>
      <translation>Spakował(a)</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Rozpoczęto</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Zakończono</translation>
    </message>
    <message>
      <source>Order {ref}</source>
      <translation>Zamówienie {ref}</translation>
    </message>
    <message>
      <source>no camera</source>
      <translation>brak kamery</translation>
    </message>
    <message>
      <source>Box</source>
      <translation>Karton</translation>
    </message>
    <message>
      <source>Cushioning</source>
      <translation>Wypełniacz</translation>
    </message>
    <message>
      <source>Expected weight</source>
      <translation>Oczekiwana waga</translation>
    </message>
    <message>
      <source>Measured weight</source>
      <translation>Zmierzona waga</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Etykieta</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Zdjęcie</translation>
    </message>
    <message>
      <source>Quality checks</source>
      <translation>Kontrole jakości</translation>
    </message>
    <message>
      <source>Slips and coupons</source>
      <translation>Ulotki i kupony</translation>
    </message>
    <message>
      <source>Package {n} of {count}</source>
      <translation>Paczka {n} z {count}</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>zaliczona</translation>
    </message>
    <message>
      <source>overridden</source>
      <translation>zatwierdzona przez kierownika</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>Uszkodzony</translation>
    </message>
    <message>
      <source>Wrong item</source>
      <translation>Zły towar</translation>
    </message>
    <message>
      <source>Missing item</source>
      <translation>Brakujący towar</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Pozycja</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>Wysłano</translation>
    </message>
    <message>
      <source>Complaint units</source>
      <translation>Sztuki w reklamacji</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Zarejestrowano</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Co</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Pozycje</translation>
    </message>
    <message>
      <source>Replacement</source>
      <translation>Zamiennik</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Uwaga</translation>
    </message>
    <message>
      <source>Order reference or pick-ticket barcode, then Enter</source>
      <translation>Numer zamówienia lub kod kreskowy listy kompletacyjnej, potem Enter</translation>
    </message>
    <message>
      <source>What the customer said (optional)</source>
      <translation>Co powiedział klient (opcjonalnie)</translation>
    </message>
    <message>
      <source>Record complaint and replacement (Ctrl+Enter)</source>
      <translation>Zarejestruj reklamację i zamiennik (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>No evidence for this order: {reason}</source>
      <translation>Brak dowodów dla tego zamówienia: {reason}</translation>
    </message>
    <message>
      <source>Complaint about order</source>
      <translation>Reklamacja zamówienia</translation>
    </message>
    <message>
      <source>What went wrong</source>
      <translation>Co poszło nie tak</translation>
    </message>
    <message>
      <source>{kind}, replacement {replacement}</source>
      <translation>{kind}, zamiennik {replacement}</translation>
    </message>
    <message>
      <source>Order {ref} ({merchant}, {customer}) shipped {when}.</source>
      <translation>Zamówienie {ref} ({merchant}, {customer}) wysłane {when}.</translation>
    </message>
    <message>
      <source>The package's evidence</source>
      <translation>Dowody przesyłki</translation>
    </message>
    <message>
      <source>Latest complaints</source>
      <translation>Ostatnie reklamacje</translation>
    </message>
    <message>
      <source>Line {line}: type a number of units, not {text}</source>
      <translation>Pozycja {line}: wpisz liczbę sztuk, nie {text}</translation>
    </message>
    <message>
      <source>Earlier complaints: {list}</source>
      <translation>Wcześniejsze reklamacje: {list}</translation>
    </message>
    <message>
      <source>Complaint recorded ({lines}). Replacement order {replacement} is first in the queue; its box gets the apology slip and coupon.</source>
      <translation>Reklamacja zarejestrowana ({lines}). Zamówienie zastępcze {replacement} jest pierwsze w kolejce; do jego kartonu trafi ulotka z przeprosinami i kupon.</translation>
    </message>
    <message>
      <source>Scans</source>
      <translation>Skany</translation>
    </message>
    <message>
      <source>Double-click to see the events behind this count</source>
      <translation>Kliknij dwukrotnie, aby zobaczyć zdarzenia za tą liczbą</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Imię i nazwisko</translation>
    </message>
    <message>
      <source>Badge</source>
      <translation>Identyfikator</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rola</translation>
    </message>
    <message>
      <source>PIN set</source>
      <translation>PIN ustawiony</translation>
    </message>
    <message>
      <source>Station name</source>
      <translation>Nazwa stanowiska</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Ostatnio aktywne</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>Dodaj osobę</translation>
    </message>
    <message>
      <source>Selected person</source>
      <translation>Wybrana osoba</translation>
    </message>
    <message>
      <source>Name (optional)</source>
      <translation>Nazwa (opcjonalnie)</translation>
    </message>
    <message>
      <source>New / trainee</source>
      <translation>Nowy / w szkoleniu</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Dodaj</translation>
    </message>
    <message>
      <source>Reset PIN</source>
      <translation>Zresetuj PIN</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>Zmień rolę</translation>
    </message>
    <message>
      <source>Change language</source>
      <translation>Zmień język</translation>
    </message>
    <message>
      <source>Deactivate / activate</source>
      <translation>Dezaktywuj / aktywuj</translation>
    </message>
    <message>
      <source>Add station</source>
      <translation>Dodaj stanowisko</translation>
    </message>
    <message>
      <source>Added {name}</source>
      <translation>Dodano: {name}</translation>
    </message>
    <message>
      <source>New PIN set for {name}</source>
      <translation>Ustawiono nowy PIN dla: {name}</translation>
    </message>
    <message>
      <source>{name} deactivated</source>
      <translation>Dezaktywowano: {name}</translation>
    </message>
    <message>
      <source>{name} activated</source>
      <translation>Aktywowano: {name}</translation>
    </message>
    <message>
      <source>Added station {code}</source>
      <translation>Dodano stanowisko {code}</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>New PIN</source>
      <translation>Nowy PIN</translation>
    </message>
    <message>
      <source>4-12 digits</source>
      <translation>4–12 cyfr</translation>
    </message>
    <message>
      <source>Pick a person first.</source>
      <translation>Najpierw wybierz osobę.</translation>
    </message>
    <message>
      <source>{name} — new role: {role}</source>
      <translation>{name} — nowa rola: {role}</translation>
    </message>
    <message>
      <source>{name} now reads {language}</source>
      <translation>{name} ma teraz język: {language}</translation>
    </message>
    <message>
      <source>{name} stays active</source>
      <translation>{name} pozostaje aktywny(-a)</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Osoby</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>Dezaktywuj</translation>
    </message>
    <message>
      <source>Deactivate {name}? Their badge stops working at once.</source>
      <translation>Dezaktywować: {name}? Identyfikator przestanie działać od razu.</translation>
    </message>
    <message>
      <source>exception</source>
      <translation>wyjątek</translation>
    </message>
    <message>
      <source>suspended</source>
      <translation>wstrzymane</translation>
    </message>
    <message>
      <source>stale claim</source>
      <translation>porzucone przejęcie</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Powód</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Od</translation>
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
      <translation>Notatka: co zrobiono (wymagana do rozwiązania)</translation>
    </message>
    <message>
      <source>Your PIN (to release)</source>
      <translation>Twój PIN (aby zwolnić)</translation>
    </message>
    <message>
      <source>Release claim</source>
      <translation>Zwolnij zamówienie</translation>
    </message>
    <message>
      <source>Resolve: back to queue</source>
      <translation>Rozwiąż: z powrotem do kolejki</translation>
    </message>
    <message>
      <source>Resolve: cancel order</source>
      <translation>Rozwiąż: anuluj zamówienie</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>Odśwież</translation>
    </message>
    <message>
      <source>Released: {ref}</source>
      <translation>Zwolniono: {ref}</translation>
    </message>
    <message>
      <source>Pick an order first.</source>
      <translation>Najpierw wybierz zamówienie.</translation>
    </message>
    <message>
      <source>Not cancelled: {ref}</source>
      <translation>Nie anulowano: {ref}</translation>
    </message>
    <message>
      <source>Resolved: {ref}</source>
      <translation>Rozwiązano: {ref}</translation>
    </message>
    <message>
      <source>Cancelled: {ref}</source>
      <translation>Anulowano: {ref}</translation>
    </message>
    <message>
      <source>Cancel order</source>
      <translation>Anuluj zamówienie</translation>
    </message>
    <message>
      <source>Cancel order {ref}? It will not be packed, and the shop is told by the next export.</source>
      <translation>Anulować zamówienie {ref}? Nie zostanie spakowane, a sklep dowie się o tym z następnego eksportu.</translation>
    </message>
    <message>
      <source>claimed {ago} ago, no close</source>
      <translation>przejęte {ago} temu, niezamknięte</translation>
    </message>
    <message>
      <source>is</source>
      <translation>jest</translation>
    </message>
    <message>
      <source>is not</source>
      <translation>nie jest</translation>
    </message>
    <message>
      <source>is one of</source>
      <translation>jest jednym z</translation>
    </message>
    <message>
      <source>is none of</source>
      <translation>nie jest żadnym z</translation>
    </message>
    <message>
      <source>at least</source>
      <translation>co najmniej</translation>
    </message>
    <message>
      <source>at most</source>
      <translation>co najwyżej</translation>
    </message>
    <message>
      <source>more than</source>
      <translation>więcej niż</translation>
    </message>
    <message>
      <source>less than</source>
      <translation>mniej niż</translation>
    </message>
    <message>
      <source>includes</source>
      <translation>zawiera</translation>
    </message>
    <message>
      <source>does not include</source>
      <translation>nie zawiera</translation>
    </message>
    <message>
      <source>any</source>
      <translation>dowolny</translation>
    </message>
    <message>
      <source>first order</source>
      <translation>pierwsze zamówienie</translation>
    </message>
    <message>
      <source>second order</source>
      <translation>drugie zamówienie</translation>
    </message>
    <message>
      <source>repeat customer</source>
      <translation>stały klient</translation>
    </message>
    <message>
      <source>lapsed, now back</source>
      <translation>nieaktywny, teraz wraca</translation>
    </message>
    <message>
      <source>Journey stage</source>
      <translation>Etap ścieżki klienta</translation>
    </message>
    <message>
      <source>VIP customer</source>
      <translation>Klient VIP</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>Pierwsze zamówienie</translation>
    </message>
    <message>
      <source>Days since the last order (lapsed)</source>
      <translation>Dni od ostatniego zamówienia (nieaktywny)</translation>
    </message>
    <message>
      <source>Open incident</source>
      <translation>Otwarte zgłoszenie</translation>
    </message>
    <message>
      <source>damaged, late, wrong_item, missing_item</source>
      <translation>damaged, late, wrong_item, missing_item</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Kraj</translation>
    </message>
    <message>
      <source>two letters, e.g. NO</source>
      <translation>dwie litery, np. PL</translation>
    </message>
    <message>
      <source>en, nb, pl or fi</source>
      <translation>en, nb, pl lub fi</translation>
    </message>
    <message>
      <source>Order value</source>
      <translation>Wartość zamówienia</translation>
    </message>
    <message>
      <source>Orders before this one</source>
      <translation>Zamówienia przed tym</translation>
    </message>
    <message>
      <source>Items in a category</source>
      <translation>Produkty z kategorii</translation>
    </message>
    <message>
      <source>a category</source>
      <translation>kategoria</translation>
    </message>
    <message>
      <source>merchant code</source>
      <translation>kod sprzedawcy</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Usuń</translation>
    </message>
    <message>
      <source>Customers who match</source>
      <translation>Klienci, którzy spełniają</translation>
    </message>
    <message>
      <source>all of these</source>
      <translation>wszystkie te warunki</translation>
    </message>
    <message>
      <source>any of these</source>
      <translation>dowolny z tych warunków</translation>
    </message>
    <message>
      <source>Add condition</source>
      <translation>Dodaj warunek</translation>
    </message>
    <message>
      <source>Real orders</source>
      <translation>Prawdziwe zamówienia</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Utworzono</translation>
    </message>
    <message>
      <source>From mistakes</source>
      <translation>Z pomyłek</translation>
    </message>
    <message>
      <source>Before (per 100 orders)</source>
      <translation>Przed (na 100 zamówień)</translation>
    </message>
    <message>
      <source>Since (per 100 orders)</source>
      <translation>Od tego czasu (na 100 zamówień)</translation>
    </message>
    <message>
      <source>Lift the selected trainee's gate</source>
      <translation>Zdejmij blokadę wybranej osoby w szkoleniu</translation>
    </message>
    <message>
      <source>Lift the gate</source>
      <translation>Zdejmij blokadę</translation>
    </message>
    <message>
      <source>Training from the errors that happen</source>
      <translation>Szkolenie na podstawie popełnianych błędów</translation>
    </message>
    <message>
      <source>A packer's recurring mistakes (same error on the same SKU) become their own training scenario on the training floor.</source>
      <translation>Powtarzające się pomyłki pakowacza (ten sam błąd przy tym samym SKU) stają się jego własnym scenariuszem na sali szkoleniowej.</translation>
    </message>
    <message>
      <source>Make a scenario from their mistakes</source>
      <translation>Utwórz scenariusz z pomyłek</translation>
    </message>
    <message>
      <source>Save the required scenarios</source>
      <translation>Zapisz wymagane scenariusze</translation>
    </message>
    <message numerus="yes">
      <source>Saved: %n scenario(s) required before real orders.</source>
      <translation>
        <numerusform>Zapisano: %n scenariusz wymagany przed prawdziwymi zamówieniami.</numerusform>
        <numerusform>Zapisano: %n scenariusze wymagane przed prawdziwymi zamówieniami.</numerusform>
        <numerusform>Zapisano: %n scenariuszy wymaganych przed prawdziwymi zamówieniami.</numerusform>
      </translation>
    </message>
    <message>
      <source>{name} may claim real orders now.</source>
      <translation>{name} może teraz przejmować prawdziwe zamówienia.</translation>
    </message>
    <message>
      <source>Lead badge</source>
      <translation>Identyfikator lidera</translation>
    </message>
    <message>
      <source>Select a trainee first.</source>
      <translation>Najpierw wybierz osobę w szkoleniu.</translation>
    </message>
    <message>
      <source>Ready on the training floor: “{title}” · Trainee: {name}</source>
      <translation>Gotowe na sali szkoleniowej: „{title}” · Szkolony(-a): {name}</translation>
    </message>
    <message>
      <source>Trainees and the gate before real orders</source>
      <translation>Osoby w szkoleniu i blokada przed prawdziwymi zamówieniami</translation>
    </message>
    <message>
      <source>Scenarios a trainee must pass on this floor</source>
      <translation>Scenariusze, które osoba w szkoleniu musi zaliczyć w tym magazynie</translation>
    </message>
    <message>
      <source>GATED</source>
      <translation>ZABLOKOWANY</translation>
    </message>
    <message>
      <source>must still pass: {missing}</source>
      <translation>musi jeszcze zaliczyć: {missing}</translation>
    </message>
    <message>
      <source>allowed</source>
      <translation>dozwolone</translation>
    </message>
    <message>
      <source>gate lifted by {lead}: {reason}</source>
      <translation>blokadę zdjął(a) {lead}: {reason}</translation>
    </message>
    <message>
      <source>passed every required scenario</source>
      <translation>zaliczone wszystkie wymagane scenariusze</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Pulpit</translation>
    </message>
    <message>
      <source>Exception queue</source>
      <translation>Kolejka wyjątków</translation>
    </message>
    <message>
      <source>People and stations</source>
      <translation>Osoby i stanowiska</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Dowody</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Reklamacje</translation>
    </message>
    <message>
      <source>Packstation — shift lead</source>
      <translation>Packstation — lider zmiany</translation>
    </message>
    <message>
      <source>Shipment confirmations</source>
      <translation>Potwierdzenia wysyłki</translation>
    </message>
    <message>
      <source>&amp;Lead</source>
      <translation>&amp;Lider zmiany</translation>
    </message>
    <message>
      <source>Packstation — {station}</source>
      <translation>Packstation — {station}</translation>
    </message>
    <message>
      <source>Station {station}</source>
      <translation>Stanowisko {station}</translation>
    </message>
    <message>
      <source>Not possible now: {action}</source>
      <translation>Teraz niemożliwe: {action}</translation>
    </message>
    <message>
      <source>CHECKING …</source>
      <translation>SPRAWDZAM …</translation>
    </message>
    <message>
      <source>WELCOME</source>
      <translation>WITAJ</translation>
    </message>
    <message>
      <source>{name} at {station}</source>
      <translation>{name} na stanowisku {station}</translation>
    </message>
    <message numerus="yes">
      <source>%v of %n unit(s)</source>
      <translation>
        <numerusform>%v z %n sztuki</numerusform>
        <numerusform>%v z %n sztuk</numerusform>
        <numerusform>%v z %n sztuk</numerusform>
      </translation>
    </message>
    <message>
      <source>Packer: {name}</source>
      <translation>Pakowacz: {name}</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>Wylogowano</translation>
    </message>
    <message>
      <source>print queue</source>
      <translation>kolejka wydruku</translation>
    </message>
    <message>
      <source>Acknowledge first: press Esc or scan CMD-ACK. That scan was not counted.</source>
      <translation>Najpierw potwierdź: naciśnij Esc lub zeskanuj CMD-ACK. Ten skan nie został policzony.</translation>
    </message>
    <message>
      <source>ORDER RESUMED</source>
      <translation>ZAMÓWIENIE WZNOWIONE</translation>
    </message>
    <message>
      <source>Order {ref} continues where it was left.</source>
      <translation>Zamówienie {ref} jest kontynuowane od miejsca przerwania.</translation>
    </message>
    <message>
      <source>STOP</source>
      <translation>STOP</translation>
    </message>
    <message>
      <source>NOT DONE</source>
      <translation>NIE WYKONANO</translation>
    </message>
    <message>
      <source>KEYBOARD LAYOUT</source>
      <translation>UKŁAD KLAWIATURY</translation>
    </message>
    <message>
      <source>Finish or close the open dialog first (Esc).</source>
      <translation>Najpierw dokończ lub zamknij otwarte okno (Esc).</translation>
    </message>
    <message numerus="yes">
      <source>Signed out after %n idle minute(s)</source>
      <translation>
        <numerusform>Wylogowano po %n minucie bezczynności</numerusform>
        <numerusform>Wylogowano po %n minutach bezczynności</numerusform>
        <numerusform>Wylogowano po %n minutach bezczynności</numerusform>
      </translation>
    </message>
    <message>
      <source>CAPS LOCK</source>
      <translation>CAPS LOCK WŁĄCZONY</translation>
    </message>
    <message>
      <source>Type your PIN</source>
      <translation>Wpisz swój PIN</translation>
    </message>
    <message>
      <source>then press Enter</source>
      <translation>i naciśnij Enter</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>Coś poszło nie tak: {error}</translation>
    </message>
    <message>
      <source>Y  undamaged      N  damaged: take it out</source>
      <translation>Y  nieuszkodzony      N  uszkodzony: wyjmij go</translation>
    </message>
    <message>
      <source>Y  the date is fine      N  expired or too short</source>
      <translation>Y  data jest w porządku      N  przeterminowane lub za krótka</translation>
    </message>
    <message>
      <source>Y  wrapped, FRAGILE sticker on the box      N  no sticker or cannot wrap it</source>
      <translation>Y  owinięty, naklejka OSTROŻNIE na kartonie      N  brak naklejki lub nie da się owinąć</translation>
    </message>
    <message>
      <source>Y  hazard mark on the box      N  no hazard mark at hand</source>
      <translation>Y  oznakowanie zagrożenia na kartonie      N  brak oznakowania pod ręką</translation>
    </message>
    <message>
      <source>Y  no prices on the slip, gift message in      N  prices shown or message missing</source>
      <translation>Y  brak cen na specyfikacji, bilecik z życzeniami w środku      N  widać ceny lub brak bileciku</translation>
    </message>
    <message>
      <source>Damage check</source>
      <translation>Kontrola uszkodzeń</translation>
    </message>
    <message>
      <source>Expiry check</source>
      <translation>Kontrola daty ważności</translation>
    </message>
    <message>
      <source>Serial numbers</source>
      <translation>Numery seryjne</translation>
    </message>
    <message>
      <source>Lot number</source>
      <translation>Numer partii</translation>
    </message>
    <message>
      <source>Weigh the box</source>
      <translation>Zważ karton</translation>
    </message>
    <message>
      <source>Fragile sticker</source>
      <translation>Naklejka OSTROŻNIE</translation>
    </message>
    <message>
      <source>Hazard mark</source>
      <translation>Oznakowanie zagrożenia</translation>
    </message>
    <message>
      <source>Gift check</source>
      <translation>Kontrola prezentu</translation>
    </message>
    <message>
      <source>Serial number check</source>
      <translation>Kontrola numerów seryjnych</translation>
    </message>
    <message>
      <source>Lot check</source>
      <translation>Kontrola partii</translation>
    </message>
    <message>
      <source>Fragile check</source>
      <translation>Kontrola towaru kruchego</translation>
    </message>
    <message>
      <source>Hazardous goods check</source>
      <translation>Kontrola towaru niebezpiecznego</translation>
    </message>
    <message>
      <source>packer</source>
      <translation>pakowacz</translation>
    </message>
    <message>
      <source>lead</source>
      <translation>lider zmiany</translation>
    </message>
    <message>
      <source>trainer</source>
      <translation>instruktor</translation>
    </message>
    <message>
      <source>admin</source>
      <translation>administrator</translation>
    </message>
    <message>
      <source>new</source>
      <translation>nowe</translation>
    </message>
    <message>
      <source>claimed</source>
      <translation>przejęte</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>zamknięte</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>anulowane</translation>
    </message>
    <message>
      <source>Norwegian</source>
      <translation>norweski</translation>
    </message>
    <message>
      <source>Finnish</source>
      <translation>fiński</translation>
    </message>
    <message>
      <source>German</source>
      <translation>niemiecki</translation>
    </message>
    <message>
      <source>Polish (QWERTZ)</source>
      <translation>polski (QWERTZ)</translation>
    </message>
    <message>
      <source>{name}: own mistakes</source>
      <translation>{name}: własne pomyłki</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Gotowe</translation>
    </message>
    <message>
      <source>PRINTER FAULT</source>
      <translation>BŁĄD DRUKARKI</translation>
    </message>
    <message>
      <source>{fault} Fix the printer, then press F7 to print again.</source>
      <translation>{fault} Napraw drukarkę, potem naciśnij F7, aby wydrukować ponownie.</translation>
    </message>
    <message>
      <source>NEXT: SCAN THE UNITS</source>
      <translation>DALEJ: ZESKANUJ SZTUKI</translation>
    </message>
    <message>
      <source>Scan every unit of the order.</source>
      <translation>Zeskanuj każdą sztukę zamówienia.</translation>
    </message>
    <message>
      <source>NEXT: {check}</source>
      <translation>DALEJ: {check}</translation>
    </message>
    <message>
      <source>{prompt} Press {key} (or scan CMD-STEP) to answer.</source>
      <translation>{prompt} Naciśnij {key} (lub zeskanuj CMD-STEP), aby odpowiedzieć.</translation>
    </message>
    <message>
      <source>a check</source>
      <translation>kontrola</translation>
    </message>
    <message>
      <source>NEXT: FIX {check}</source>
      <translation>DALEJ: POPRAW {check}</translation>
    </message>
    <message>
      <source>Do the check again (Insert) or ask a lead to override it (F11).</source>
      <translation>Wykonaj kontrolę ponownie (Insert) albo poproś lidera o zatwierdzenie (F11).</translation>
    </message>
    <message>
      <source>NEXT: SCAN THE BOX</source>
      <translation>DALEJ: ZESKANUJ KARTON</translation>
    </message>
    <message>
      <source>Take box {box} and scan its barcode.</source>
      <translation>Weź karton {box} i zeskanuj jego kod.</translation>
    </message>
    <message>
      <source>NEXT: SLIPS PRINTING</source>
      <translation>DALEJ: DRUK ULOTEK</translation>
    </message>
    <message>
      <source>Wait for the slips; F7 prints them again.</source>
      <translation>Poczekaj na ulotki; F7 drukuje je ponownie.</translation>
    </message>
    <message>
      <source>NEXT: SCAN THE SLIPS</source>
      <translation>DALEJ: ZESKANUJ ULOTKI</translation>
    </message>
    <message>
      <source>Scan each printed slip, then put it in the box.</source>
      <translation>Zeskanuj każdą wydrukowaną ulotkę i włóż ją do kartonu.</translation>
    </message>
    <message>
      <source>NEXT: LABEL PRINTING</source>
      <translation>DALEJ: DRUK ETYKIETY</translation>
    </message>
    <message>
      <source>Wait for the label; F7 prints it again.</source>
      <translation>Poczekaj na etykietę; F7 drukuje ją ponownie.</translation>
    </message>
    <message>
      <source>NEXT: SCAN THE LABEL</source>
      <translation>DALEJ: ZESKANUJ ETYKIETĘ</translation>
    </message>
    <message>
      <source>Stick the label on the box, then scan it.</source>
      <translation>Naklej etykietę na karton i zeskanuj ją.</translation>
    </message>
    <message>
      <source>NEXT: CLOSE THE ORDER</source>
      <translation>DALEJ: ZAMKNIJ ZAMÓWIENIE</translation>
    </message>
    <message>
      <source>Everything is checked: press F12 or scan CMD-CLOSE.</source>
      <translation>Wszystko sprawdzone: naciśnij F12 lub zeskanuj CMD-CLOSE.</translation>
    </message>
    <message>
      <source>NEXT: SCAN {sku}</source>
      <translation>DALEJ: ZESKANUJ {sku}</translation>
    </message>
    <message>
      <source>From bin {bin}: {description}</source>
      <translation>Z lokacji {bin}: {description}</translation>
    </message>
    <message>
      <source>NEXT: WEIGH AGAIN</source>
      <translation>DALEJ: ZWAŻ PONOWNIE</translation>
    </message>
    <message>
      <source>Check the box for a missing or extra item, then F6 to weigh it again, or F11 for a lead's override.</source>
      <translation>Sprawdź, czy w kartonie nie brakuje towaru lub nie ma nadmiarowego, potem F6, aby zważyć ponownie, albo F11 – zatwierdzenie przez lidera.</translation>
    </message>
    <message>
      <source>serial</source>
      <translation>numer seryjny</translation>
    </message>
    <message>
      <source>fragile</source>
      <translation>kruche</translation>
    </message>
    <message>
      <source>hazmat</source>
      <translation>towar niebezpieczny</translation>
    </message>
    <message>
      <source>this side up</source>
      <translation>tą stroną do góry</translation>
    </message>
    <message>
      <source>lot {lot}</source>
      <translation>partia {lot}</translation>
    </message>
    <message>
      <source>lot</source>
      <translation>partia</translation>
    </message>
    <message>
      <source>Pack an order at this bench</source>
      <translation>Spakuj zamówienie na tym stanowisku</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Wyloguj</translation>
    </message>
    <message>
      <source>Scan an order or tote barcode</source>
      <translation>Zeskanuj kod zamówienia lub pojemnika</translation>
    </message>
    <message>
      <source>or press F3 for the next order; Ctrl+D: back to the lead window</source>
      <translation>lub naciśnij F3, aby wziąć następne zamówienie; Ctrl+D: powrót do okna lidera zmiany</translation>
    </message>
    <message>
      <source>Only a shift lead or an admin can open the lead window.</source>
      <translation>Tylko lider zmiany lub administrator może otworzyć okno lidera zmiany.</translation>
    </message>
    <message>
      <source>Finish or suspend order {ref} first.</source>
      <translation>Najpierw zakończ lub wstrzymaj zamówienie {ref}.</translation>
    </message>
    <message>
      <source>Ship {sku} as is: put the label on the product</source>
      <translation>Wyślij {sku} bez kartonu: naklej etykietę na produkt</translation>
    </message>
    <message>
      <source>Use {box}; wrap fragile items first</source>
      <translation>Użyj {box}; najpierw owiń towary kruche</translation>
    </message>
    <message>
      <source>Use {box}; fill with {fill}</source>
      <translation>Użyj {box}; wypełnij: {fill}</translation>
    </message>
    <message>
      <source>Use {box}</source>
      <translation>Użyj {box}</translation>
    </message>
    <message>
      <source>Use {box}; wrap fragile items first; fill with {fill}</source>
      <translation>Użyj {box}; najpierw owiń towary kruche; wypełnij: {fill}</translation>
    </message>
    <message>
      <source>Box {n}: {box} — fill: {fill}</source>
      <translation>Karton {n}: {box} — wypełniacz: {fill}</translation>
    </message>
    <message>
      <source>Not in a box: {qty} × {sku} — {reason}</source>
      <translation>Poza kartonem: {qty} × {sku} — {reason}</translation>
    </message>
    <message>
      <source>Cost: boxes {boxes} + fill {fill} + shipping {ship} = {total}</source>
      <translation>Koszt: kartony {boxes} + wypełniacz {fill} + wysyłka {ship} = {total}</translation>
    </message>
    <message>
      <source>No box proposal yet: scan any box barcode to choose one.</source>
      <translation>Brak propozycji kartonu: zeskanuj kod dowolnego kartonu, aby go wybrać.</translation>
    </message>
    <message>
      <source>Box confirmed: {codes}</source>
      <translation>Karton potwierdzony: {codes}</translation>
    </message>
    <message>
      <source>Scan the box barcode {codes} to confirm (another box overrides).</source>
      <translation>Zeskanuj kod kartonu {codes}, aby potwierdzić (inny karton zmienia wybór).</translation>
    </message>
    <message>
      <source>Packstation — first start</source>
      <translation>Packstation — pierwsze uruchomienie</translation>
    </message>
    <message>
      <source>This database is new</source>
      <translation>Ta baza danych jest nowa</translation>
    </message>
    <message>
      <source>Nobody can sign in yet. Set this site up for real work, or open the training floor to try Packstation on demo orders.</source>
      <translation>Nikt nie może się jeszcze zalogować. Skonfiguruj ten magazyn do prawdziwej pracy albo otwórz salę szkoleniową, aby wypróbować Packstation na zamówieniach demo.</translation>
    </message>
    <message>
      <source>&amp;Set up this site</source>
      <translation>&amp;Skonfiguruj ten magazyn</translation>
    </message>
    <message>
      <source>The first admin's badge and PIN, the site's name, the GS1 company prefix for shipping labels and the printers of this bench.</source>
      <translation>Identyfikator i PIN pierwszego administratora, nazwa magazynu, prefiks firmy GS1 dla etykiet wysyłkowych i drukarki tego stanowiska.</translation>
    </message>
    <message>
      <source>Open the &amp;training floor</source>
      <translation>Otwórz &amp;salę szkoleniową</translation>
    </message>
    <message>
      <source>Demo orders and demo users in a separate training database, with a TRAINING banner. Nothing from it can ship; this database stays empty.</source>
      <translation>Zamówienia i użytkownicy demo w osobnej bazie szkoleniowej, z banerem SZKOLENIE. Nic z niej nie może zostać wysłane; ta baza danych pozostaje pusta.</translation>
    </message>
    <message>
      <source>Set up this site (bench {station})</source>
      <translation>Konfiguracja magazynu (stanowisko {station})</translation>
    </message>
    <message>
      <source>6-12 digits from GS1; empty: GS1's example prefix for now</source>
      <translation>6–12 cyfr z GS1; puste: na razie przykładowy prefiks GS1</translation>
    </message>
    <message>
      <source>Enter moves to the next field; Enter on the last one sets the site up. Esc goes back.</source>
      <translation>Enter przechodzi do następnego pola; Enter w ostatnim konfiguruje magazyn. Esc wraca.</translation>
    </message>
    <message>
      <source>Set up the site</source>
      <translation>Skonfiguruj magazyn</translation>
    </message>
    <message>
      <source>Site name</source>
      <translation>Nazwa magazynu</translation>
    </message>
    <message>
      <source>First admin's name</source>
      <translation>Imię i nazwisko pierwszego administratora</translation>
    </message>
    <message>
      <source>Admin badge (scan it)</source>
      <translation>Identyfikator administratora (zeskanuj go)</translation>
    </message>
    <message>
      <source>Admin PIN (6-12 digits)</source>
      <translation>PIN administratora (6–12 cyfr)</translation>
    </message>
    <message>
      <source>PIN again</source>
      <translation>PIN ponownie</translation>
    </message>
    <message>
      <source>GS1 company prefix</source>
      <translation>Prefiks firmy GS1</translation>
    </message>
    <message>
      <source>Label printer</source>
      <translation>Drukarka etykiet</translation>
    </message>
    <message>
      <source>Document printer</source>
      <translation>Drukarka dokumentów</translation>
    </message>
    <message>
      <source>tcp://HOST:9100, system:NAME, or empty for PDF files</source>
      <translation>tcp://HOST:9100, system:NAZWA lub puste dla plików PDF</translation>
    </message>
    <message>
      <source>The two PINs differ; type the same PIN twice.</source>
      <translation>Oba PIN-y się różnią; wpisz ten sam PIN dwa razy.</translation>
    </message>
    <message>
      <source>Scan your badge, type your PIN, press Enter.</source>
      <translation>Zeskanuj swój identyfikator, wpisz PIN i naciśnij Enter.</translation>
    </message>
    <message>
      <source>Type a code:</source>
      <translation>Wpisz kod:</translation>
    </message>
    <message>
      <source>a code from a damaged label, then Enter ({key})</source>
      <translation>kod z uszkodzonej etykiety, potem Enter ({key})</translation>
    </message>
    <message>
      <source>or press F3 (scan CMD-NEXT) for the next order in the queue</source>
      <translation>lub naciśnij F3 (zeskanuj CMD-NEXT), aby wziąć następne zamówienie z kolejki</translation>
    </message>
    <message>
      <source>GIFT</source>
      <translation>PREZENT</translation>
    </message>
    <message>
      <source>Order {ref} — {merchant} — {customer}</source>
      <translation>Zamówienie {ref} — {merchant} — {customer}</translation>
    </message>
    <message>
      <source>Next: {sku} from bin {bin}</source>
      <translation>Następny: {sku} z lokacji {bin}</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more check(s)</source>
      <translation>
        <numerusform>… i jeszcze %n kontrola</numerusform>
        <numerusform>… i jeszcze %n kontrole</numerusform>
        <numerusform>… i jeszcze %n kontroli</numerusform>
      </translation>
    </message>
    <message>
      <source>Failed: {check} — fix it or ask a lead (F11)</source>
      <translation>Niezaliczone: {check} — popraw lub poproś lidera (F11)</translation>
    </message>
    <message>
      <source>Printer fault</source>
      <translation>Błąd drukarki</translation>
    </message>
    <message>
      <source>Checked by lead: OK to ship</source>
      <translation>Sprawdzone przez lidera: można wysłać</translation>
    </message>
    <message>
      <source>Customer agreed</source>
      <translation>Klient się zgodził</translation>
    </message>
    <message>
      <source>Replacement not in stock: short ship</source>
      <translation>Brak zamiennika na stanie: wysyłka niepełna</translation>
    </message>
    <message>
      <source>Scale fault</source>
      <translation>Awaria wagi</translation>
    </message>
    <message>
      <source>Label printer fault</source>
      <translation>Awaria drukarki etykiet</translation>
    </message>
    <message>
      <source>Lead override</source>
      <translation>Zatwierdzenie przez lidera</translation>
    </message>
    <message>
      <source>A lead scans their badge, types their PIN and gives the reason.</source>
      <translation>Lider skanuje swój identyfikator, wpisuje PIN i podaje powód.</translation>
    </message>
    <message>
      <source>scan the lead's badge</source>
      <translation>zeskanuj identyfikator lidera</translation>
    </message>
    <message>
      <source>Scan the lead's badge first.</source>
      <translation>Najpierw zeskanuj identyfikator lidera.</translation>
    </message>
    <message>
      <source>The lead's PIN is required; a badge alone is not enough.</source>
      <translation>Wymagany jest PIN lidera; sam identyfikator nie wystarczy.</translation>
    </message>
    <message>
      <source>Give a reason.</source>
      <translation>Podaj powód.</translation>
    </message>
    <message>
      <source>Enter quantity</source>
      <translation>Wpisz ilość</translation>
    </message>
    <message>
      <source>Keys and commands</source>
      <translation>Klawisze i polecenia</translation>
    </message>
    <message>
      <source>Press the key, or scan the command barcode from the printed cheat sheet.</source>
      <translation>Naciśnij klawisz lub zeskanuj kod polecenia z wydrukowanej ściągawki.</translation>
    </message>
    <message>
      <source>Enter  confirm      Esc  cancel</source>
      <translation>Enter  potwierdź      Esc  anuluj</translation>
    </message>
    <message>
      <source>Type a whole number of units, e.g. 24.</source>
      <translation>Wpisz całkowitą liczbę sztuk, np. 24.</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Klawisz</translation>
    </message>
    <message>
      <source>Command barcode</source>
      <translation>Kod polecenia</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>Co robi</translation>
    </message>
    <message>
      <source>Captured: {done}/{wanted} — {values}</source>
      <translation>Zarejestrowano: {done}/{wanted} — {values}</translation>
    </message>
    <message>
      <source>S or F6  read the scale      Enter  record the typed weight</source>
      <translation>S lub F6  odczytaj wagę      Enter  zapisz wpisaną wagę</translation>
    </message>
    <message>
      <source>grams</source>
      <translation>gramy</translation>
    </message>
    <message>
      <source>Done: put the box on the scale and press S.</source>
      <translation>Gotowe: połóż karton na wadze i naciśnij S.</translation>
    </message>
    <message>
      <source>Reading the scale ...</source>
      <translation>Odczyt wagi ...</translation>
    </message>
    <message>
      <source>Scale: {grams} g (stable)</source>
      <translation>Waga: {grams} g (stabilna)</translation>
    </message>
    <message>
      <source>Scan, or type and press Enter</source>
      <translation>Zeskanuj lub wpisz i naciśnij Enter</translation>
    </message>
    <message>
      <source>Put the damaged unit aside and scan a replacement unit.</source>
      <translation>Odłóż uszkodzoną sztukę i zeskanuj sztukę zastępczą.</translation>
    </message>
    <message>
      <source>Waiting for the replacement scan…</source>
      <translation>Oczekiwanie na skan sztuki zastępczej…</translation>
    </message>
    <message>
      <source>Z  zero the empty scale      T  tare what is on it</source>
      <translation>Z  wyzeruj pustą wagę      T  taruj to, co na niej leży</translation>
    </message>
    <message>
      <source>No reading from the scale: type the weight in grams.</source>
      <translation>Brak odczytu z wagi: wpisz wagę w gramach.</translation>
    </message>
    <message>
      <source>Type the weight in whole grams, e.g. 1250.</source>
      <translation>Wpisz wagę w pełnych gramach, np. 1250.</translation>
    </message>
    <message>
      <source>{value} was already captured.</source>
      <translation>{value} został już zarejestrowany.</translation>
    </message>
    <message>
      <source>Zeroing the scale ...</source>
      <translation>Zerowanie wagi ...</translation>
    </message>
    <message>
      <source>Taring the scale ...</source>
      <translation>Tarowanie wagi ...</translation>
    </message>
    <message>
      <source>PIN, then Enter</source>
      <translation>PIN, potem Enter</translation>
    </message>
    <message>
      <source>Language ({key}):</source>
      <translation>Język ({key}):</translation>
    </message>
    <message>
      <source>Scan your badge to start</source>
      <translation>Zeskanuj identyfikator, aby zacząć</translation>
    </message>
    <message>
      <source>printing</source>
      <translation>drukuje się</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>wydrukowano</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>błąd</translation>
    </message>
    <message>
      <source>did it print?</source>
      <translation>czy się wydrukowało?</translation>
    </message>
    <message>
      <source>Inserts</source>
      <translation>Ulotki</translation>
    </message>
    <message>
      <source>Packing slip</source>
      <translation>Specyfikacja wysyłki</translation>
    </message>
    <message>
      <source>Returns slip</source>
      <translation>Formularz zwrotu</translation>
    </message>
    <message>
      <source>Return label</source>
      <translation>Etykieta zwrotna</translation>
    </message>
    <message>
      <source>The station stopped while it was printing. Document: {document} · Order: {order}. Did it come out of the printer?</source>
      <translation>Stanowisko zatrzymało się podczas drukowania. Dokument: {document} · Zamówienie: {order}. Czy wyszedł z drukarki?</translation>
    </message>
    <message>
      <source>The station stopped while it was printing. Document: {document}. Did it come out of the printer?</source>
      <translation>Stanowisko zatrzymało się podczas drukowania. Dokument: {document}. Czy wyszedł z drukarki?</translation>
    </message>
    <message>
      <source>Did it print?</source>
      <translation>Czy się wydrukowało?</translation>
    </message>
    <message>
      <source>Enter  yes, it printed      F7  no, print it again      Esc  later</source>
      <translation>Enter  tak, wydrukowało się      F7  nie, drukuj ponownie      Esc  później</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Drukowanie</translation>
    </message>
    <message>
      <source>Slips and label</source>
      <translation>Ulotki i etykieta</translation>
    </message>
    <message>
      <source>A label you can scan on the box counts as printed.</source>
      <translation>Etykieta, którą można zeskanować na kartonie, liczy się jako wydrukowana.</translation>
    </message>
    <message>
      <source>DATABASE FAULT — {jobs}. Nothing printed is lost: when the database is back, scan the label; F7 reprints only if it did not come out.</source>
      <translation>BŁĄD BAZY DANYCH — {jobs}. Nic, co wydrukowano, nie przepadło: gdy baza danych wróci, zeskanuj etykietę; F7 drukuje ponownie tylko wtedy, gdy się nie wydrukowała.</translation>
    </message>
    <message>
      <source>☐ Slip {code}: scan it, then put it in the box</source>
      <translation>☐ Ulotka {code}: zeskanuj ją i włóż do kartonu</translation>
    </message>
    <message>
      <source>☐ Label {code}: stick it on the box, then scan it</source>
      <translation>☐ Etykieta {code}: naklej ją na karton i zeskanuj</translation>
    </message>
    <message>
      <source>Everything checked: F12 or scan CMD-CLOSE to close the order.</source>
      <translation>Wszystko sprawdzone: F12 lub zeskanuj CMD-CLOSE, aby zamknąć zamówienie.</translation>
    </message>
    <message>
      <source>document</source>
      <translation>dokument</translation>
    </message>
    <message>
      <source>PRINTER FAULT: {documents} — F7</source>
      <translation>BŁĄD DRUKARKI: {documents} — F7</translation>
    </message>
    <message>
      <source>Scan each printed slip and the label to prove they are in and on the box.</source>
      <translation>Zeskanuj każdą wydrukowaną ulotkę i etykietę, aby potwierdzić, że są w kartonie i na nim.</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Drukowanie…</translation>
    </message>
    <message>
      <source>{document} — did it print? Enter = yes, F7 = print again</source>
      <translation>{document} — wydrukowało się? Enter = tak, F7 = drukuj ponownie</translation>
    </message>
    <message>
      <source>paper out</source>
      <translation>brak papieru</translation>
    </message>
    <message>
      <source>ribbon out</source>
      <translation>brak taśmy barwiącej</translation>
    </message>
    <message>
      <source>head open</source>
      <translation>otwarta głowica</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>wstrzymana</translation>
    </message>
    <message>
      <source>buffer full</source>
      <translation>pełny bufor</translation>
    </message>
    <message>
      <source>not answering</source>
      <translation>nie odpowiada</translation>
    </message>
    <message>
      <source>folder cannot be written</source>
      <translation>nie można zapisać do folderu</translation>
    </message>
    <message>
      <source>not found</source>
      <translation>nie znaleziono</translation>
    </message>
    <message>
      <source>bad setting</source>
      <translation>błędne ustawienie</translation>
    </message>
    <message>
      <source>{printer}: {problems}</source>
      <translation>{printer}: {problems}</translation>
    </message>
    <message>
      <source>{printer}: ready</source>
      <translation>{printer}: gotowa</translation>
    </message>
    <message>
      <source>{printer}: status unknown</source>
      <translation>{printer}: stan nieznany</translation>
    </message>
    <message>
      <source>Press Esc or scan CMD-ACK to continue</source>
      <translation>Naciśnij Esc lub zeskanuj CMD-ACK, aby kontynuować</translation>
    </message>
    <message>
      <source>Packstation — keys and command barcodes</source>
      <translation>Packstation — klawisze i kody kreskowe poleceń</translation>
    </message>
    <message>
      <source>Press the key, or scan the barcode. A red STOP needs Esc or CMD-ACK.</source>
      <translation>Naciśnij klawisz albo zeskanuj kod kreskowy. Czerwony STOP wymaga Esc lub CMD-ACK.</translation>
    </message>
    <message>
      <source>FROM</source>
      <translation>Nadawca</translation>
    </message>
    <message>
      <source>SHIP TO</source>
      <translation>Odbiorca</translation>
    </message>
    <message>
      <source>TRACKING</source>
      <translation>Nr przesyłki</translation>
    </message>
    <message>
      <source>FRAGILE</source>
      <translation>OSTROŻNIE</translation>
    </message>
    <message>
      <source>THIS SIDE UP</source>
      <translation>TA STRONA DO GÓRY</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Paczka</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Waga</translation>
    </message>
    <message>
      <source>Dims</source>
      <translation>Wymiary</translation>
    </message>
    <message>
      <source>A lead's override made it go away. Expected: {actions}</source>
      <translation>Zniknęło dzięki zatwierdzeniu lidera zmiany. Oczekiwano: {actions}</translation>
    </message>
    <message>
      <source>Noticed, but not handled. Still to do: {actions}</source>
      <translation>Wykryte, ale nieobsłużone. Do zrobienia: {actions}</translation>
    </message>
    <message>
      <source>Missed. Expected: {actions}</source>
      <translation>Przeoczone. Oczekiwano: {actions}</translation>
    </message>
    <message>
      <source>Finished: {time}</source>
      <translation>Zakończono: {time}</translation>
    </message>
    <message>
      <source>not finished</source>
      <translation>nieukończone</translation>
    </message>
    <message>
      <source>Hints: on</source>
      <translation>Podpowiedzi: wł.</translation>
    </message>
    <message>
      <source>Hints: off (exam)</source>
      <translation>Podpowiedzi: wył. (egzamin)</translation>
    </message>
    <message>
      <source>Scorecard: {name}</source>
      <translation>Karta wyników: {name}</translation>
    </message>
    <message>
      <source>Scenario: {title}</source>
      <translation>Scenariusz: {title}</translation>
    </message>
    <message>
      <source>Trend over this trainee's attempts at this scenario</source>
      <translation>Postęp w kolejnych podejściach do tego scenariusza</translation>
    </message>
    <message>
      <source>Scorecard</source>
      <translation>Karta wyników</translation>
    </message>
    <message>
      <source>Errors injected</source>
      <translation>Wprowadzone błędy</translation>
    </message>
    <message>
      <source>Overrides asked</source>
      <translation>Prośby o zatwierdzenie</translation>
    </message>
    <message>
      <source>Own errors</source>
      <translation>Własne pomyłki</translation>
    </message>
    <message>
      <source>Injected error</source>
      <translation>Wprowadzony błąd</translation>
    </message>
    <message>
      <source>What happened / what was expected</source>
      <translation>Co się stało / czego oczekiwano</translation>
    </message>
    <message>
      <source>Attempt</source>
      <translation>Podejście</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>Sekcja</translation>
    </message>
    <message>
      <source>Metric</source>
      <translation>Miara</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wartość</translation>
    </message>
    <message>
      <source>single unit</source>
      <translation>jedna sztuka</translation>
    </message>
    <message>
      <source>single line</source>
      <translation>jedna pozycja</translation>
    </message>
    <message>
      <source>multi-line</source>
      <translation>wiele pozycji</translation>
    </message>
    <message>
      <source>no errors</source>
      <translation>brak błędów</translation>
    </message>
    <message>
      <source>Errors by packer and type</source>
      <translation>Błędy wg pakowacza i rodzaju</translation>
    </message>
    <message>
      <source>Errors by station and type</source>
      <translation>Błędy wg stanowiska i rodzaju</translation>
    </message>
    <message>
      <source>blue: orders closed   red: errors</source>
      <translation>niebieski: zamknięte zamówienia   czerwony: błędy</translation>
    </message>
    <message>
      <source>Packstation shift report</source>
      <translation>Packstation — raport zmiany</translation>
    </message>
    <message>
      <source>page {page}</source>
      <translation>strona {page}</translation>
    </message>
    <message>
      <source>On time and in full</source>
      <translation>Na czas i w komplecie</translation>
    </message>
    <message>
      <source>On time: closed at the bench by the order's ship-by time (orders with one). OTIF: on time and no unit short-shipped. Order-to-ship: placed to closed. At risk: open orders due within 2 hours or overdue, when the report was made.</source>
      <translation>Na czas: zamknięte na stanowisku przed terminem wysyłki zamówienia (zamówienia, które go mają). OTIF: na czas i żadna sztuka nie została wysłana niekompletnie. Od zamówienia do wysyłki: od złożenia do zamknięcia. Zagrożone: otwarte zamówienia z terminem w ciągu 2 godzin lub po terminie, w chwili sporządzenia raportu.</translation>
    </message>
    <message>
      <source>Shift report</source>
      <translation>Raport zmiany</translation>
    </message>
    <message>
      <source>Units/h</source>
      <translation>Szt./h</translation>
    </message>
    <message>
      <source>Avg pack time</source>
      <translation>Śr. czas pakowania</translation>
    </message>
    <message>
      <source>Orders with error</source>
      <translation>Zamówienia z błędem</translation>
    </message>
    <message>
      <source>Packers (adjusted for order complexity)</source>
      <translation>Pakowacze (z uwzględnieniem złożoności zamówień)</translation>
    </message>
    <message>
      <source>Time and error ratios compare each packer with the floor's mean for the same mix of single-unit, single-line and multi-line orders: 1.00 is the floor, below 1 is faster / fewer errors.</source>
      <translation>Wskaźniki czasu i błędów porównują każdego pakowacza ze średnią hali dla tej samej mieszanki zamówień: jedna sztuka, jedna pozycja, wiele pozycji. 1,00 to średnia hali, poniżej 1 — szybciej / mniej błędów.</translation>
    </message>
    <message>
      <source>The floor by order class</source>
      <translation>Hala wg rodzaju zamówienia</translation>
    </message>
    <message>
      <source>Order class</source>
      <translation>Rodzaj zamówienia</translation>
    </message>
    <message>
      <source>local time</source>
      <translation>czas lokalny</translation>
    </message>
    <message>
      <source>nothing closed in this range</source>
      <translation>nic nie zamknięto w tym okresie</translation>
    </message>
    <message>
      <source>TRAINING — not real figures</source>
      <translation>SZKOLENIE — to nie są prawdziwe dane</translation>
    </message>
    <message>
      <source>Stations: {stations}</source>
      <translation>Stanowiska: {stations}</translation>
    </message>
    <message>
      <source>Generated: {time}</source>
      <translation>Wygenerowano: {time}</translation>
    </message>
    <message>
      <source>all</source>
      <translation>wszystkie</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>TOO MANY</source>
      <translation>ZA DUŻO</translation>
    </message>
    <message>
      <source>WRONG ITEM</source>
      <translation>ZŁY TOWAR</translation>
    </message>
    <message>
      <source>UNKNOWN BARCODE</source>
      <translation>NIEZNANY KOD</translation>
    </message>
    <message>
      <source>MISREAD — SCAN AGAIN</source>
      <translation>BŁĘDNY ODCZYT — ZESKANUJ PONOWNIE</translation>
    </message>
    <message>
      <source>EXPIRED</source>
      <translation>PRZETERMINOWANE</translation>
    </message>
    <message>
      <source>SHELF LIFE TOO SHORT</source>
      <translation>ZA KRÓTKI TERMIN</translation>
    </message>
    <message>
      <source>WRONG LOT</source>
      <translation>ZŁA PARTIA</translation>
    </message>
    <message>
      <source>SCAN THE SERIAL</source>
      <translation>ZESKANUJ NUMER SERYJNY</translation>
    </message>
    <message>
      <source>SERIAL ALREADY SHIPPED</source>
      <translation>NUMER SERYJNY JUŻ WYSŁANY</translation>
    </message>
    <message>
      <source>SCAN EACH UNIT</source>
      <translation>SKANUJ KAŻDĄ SZTUKĘ</translation>
    </message>
    <message>
      <source>NOT AN ITEM</source>
      <translation>TO NIE TOWAR</translation>
    </message>
    <message>
      <source>SCANNED TWICE?</source>
      <translation>ZESKANOWANO DWA RAZY?</translation>
    </message>
    <message>
      <source>ALREADY COUNTED</source>
      <translation>JUŻ POLICZONE</translation>
    </message>
    <message>
      <source>BOX OK</source>
      <translation>KARTON OK</translation>
    </message>
    <message>
      <source>BOX CHANGED</source>
      <translation>KARTON ZMIENIONY</translation>
    </message>
    <message>
      <source>SLIP OK</source>
      <translation>ULOTKA OK</translation>
    </message>
    <message>
      <source>WRONG SLIP</source>
      <translation>ZŁA ULOTKA</translation>
    </message>
    <message>
      <source>LABEL OK</source>
      <translation>ETYKIETA OK</translation>
    </message>
    <message>
      <source>WRONG LABEL</source>
      <translation>ZŁA ETYKIETA</translation>
    </message>
    <message>
      <source>LABEL NOT PRINTED</source>
      <translation>ETYKIETA NIE WYDRUKOWANA</translation>
    </message>
    <message>
      <source>COMMAND</source>
      <translation>POLECENIE</translation>
    </message>
    <message>
      <source>BOX DOES NOT FIT</source>
      <translation>KARTON NIE PASUJE</translation>
    </message>
    <message>
      <source>QC PASSED</source>
      <translation>KONTROLA OK</translation>
    </message>
    <message>
      <source>QC FAILED</source>
      <translation>KONTROLA NIEUDANA</translation>
    </message>
    <message>
      <source>WEIGHT OK</source>
      <translation>WAGA OK</translation>
    </message>
    <message>
      <source>WEIGHT MISMATCH</source>
      <translation>WAGA SIĘ NIE ZGADZA</translation>
    </message>
    <message>
      <source>UNDONE</source>
      <translation>COFNIĘTO</translation>
    </message>
    <message>
      <source>UNIT REMOVED</source>
      <translation>SZTUKA WYJĘTA</translation>
    </message>
    <message>
      <source>NOTHING TO UNDO</source>
      <translation>NIC DO COFNIĘCIA</translation>
    </message>
    <message>
      <source>{sku} — {scanned} of {ordered}</source>
      <translation>{sku} — {scanned} z {ordered}</translation>
    </message>
    <message>
      <source>{sku} needs only {ordered}. Take the extra unit out of the box.</source>
      <translation>{sku}: potrzeba tylko {ordered}. Wyjmij nadmiarową sztukę z kartonu.</translation>
    </message>
    <message numerus="yes">
      <source>This scan counts %n unit(s) but line {line_no} needs only {remaining} more. Open the pack or scan single units.</source>
      <translation>
        <numerusform>Ten skan liczy %n sztukę, a pozycja {line_no} potrzebuje jeszcze tylko {remaining}. Otwórz opakowanie albo skanuj pojedyncze sztuki.</numerusform>
        <numerusform>Ten skan liczy %n sztuki, a pozycja {line_no} potrzebuje jeszcze tylko {remaining}. Otwórz opakowanie albo skanuj pojedyncze sztuki.</numerusform>
        <numerusform>Ten skan liczy %n sztuk, a pozycja {line_no} potrzebuje jeszcze tylko {remaining}. Otwórz opakowanie albo skanuj pojedyncze sztuki.</numerusform>
      </translation>
    </message>
    <message>
      <source>Line {line_no} needs only {remaining} more.</source>
      <translation>Pozycja {line_no} potrzebuje jeszcze tylko {remaining}.</translation>
    </message>
    <message>
      <source>Type a quantity of at least 1.</source>
      <translation>Wpisz ilość co najmniej 1.</translation>
    </message>
    <message>
      <source>{sku} is not in this order. Put it aside.</source>
      <translation>{sku} nie należy do tego zamówienia. Odłóż go.</translation>
    </message>
    <message>
      <source>Barcode {barcode} is not in the catalogue. Put the item aside for a lead.</source>
      <translation>Kodu {barcode} nie ma w katalogu. Odłóż towar dla lidera zmiany.</translation>
    </message>
    <message>
      <source>Nothing was read. Scan the item again.</source>
      <translation>Nic nie odczytano. Zeskanuj towar ponownie.</translation>
    </message>
    <message>
      <source>{got} matches nothing: the scanner types for a US keyboard and meant {meant}. Set the scanner's keyboard country to this PC's layout ({layout}), or the PC's keyboard layout to English (US). Nothing was accepted: scan again after the change.</source>
      <translation>{got} nie pasuje do niczego: skaner pisze jak na klawiaturze amerykańskiej i chodziło o {meant}. Ustaw w skanerze kraj klawiatury zgodny z układem tego komputera ({layout}) albo układ klawiatury komputera na angielski (USA). Nic nie zostało przyjęte: zeskanuj ponownie po zmianie.</translation>
    </message>
    <message>
      <source>{got} matches nothing; with Caps Lock off it reads {meant}. Turn Caps Lock off (or set the scanner to ignore Caps Lock), then scan again.</source>
      <translation>{got} nie pasuje do niczego; przy wyłączonym Caps Lock to {meant}. Wyłącz Caps Lock (albo ustaw skaner tak, by ignorował Caps Lock) i zeskanuj ponownie.</translation>
    </message>
    <message>
      <source>{barcode} is not a box we know. Scan the barcode on the box.</source>
      <translation>{barcode} to nie jest znany nam karton. Zeskanuj kod na kartonie.</translation>
    </message>
    <message>
      <source>{barcode} is not a command this station knows. Use the keys or the cheat sheet.</source>
      <translation>{barcode} nie jest poleceniem znanym tej stacji. Użyj klawiszy albo ściągawki.</translation>
    </message>
    <message>
      <source>The barcode {barcode} has a wrong check digit. Scan it again or type the code from the label; if it repeats, put the item aside for a lead.</source>
      <translation>Kod {barcode} ma błędną cyfrę kontrolną. Zeskanuj go ponownie albo wpisz kod z etykiety; jeśli to się powtórzy, odłóż towar dla lidera zmiany.</translation>
    </message>
    <message>
      <source>This unit expired on {expiry}. Put it aside and take another.</source>
      <translation>Ta sztuka straciła ważność {expiry}. Odłóż ją i weź inną.</translation>
    </message>
    <message numerus="yes">
      <source>This unit expires in %n day(s); {sku} must have at least {min_days}. Take a fresher unit.</source>
      <translation>
        <numerusform>Ta sztuka traci ważność za %n dzień; {sku} musi mieć co najmniej {min_days}. Weź świeższą sztukę.</numerusform>
        <numerusform>Ta sztuka traci ważność za %n dni; {sku} musi mieć co najmniej {min_days}. Weź świeższą sztukę.</numerusform>
        <numerusform>Ta sztuka traci ważność za %n dni; {sku} musi mieć co najmniej {min_days}. Weź świeższą sztukę.</numerusform>
      </translation>
    </message>
    <message>
      <source>Line {line_no} needs lot {lot_required}; this unit is lot {lot}. Use a unit from the right lot.</source>
      <translation>Pozycja {line_no} wymaga partii {lot_required}; ta sztuka jest z partii {lot}. Weź sztukę z właściwej partii.</translation>
    </message>
    <message>
      <source>{sku} needs its serial number: scan the barcode that carries the serial.</source>
      <translation>{sku} wymaga numeru seryjnego: zeskanuj kod z numerem seryjnym.</translation>
    </message>
    <message>
      <source>{sku} is serialised: scan each unit's own serial barcode.</source>
      <translation>{sku} ma numery seryjne: zeskanuj kod seryjny każdej sztuki osobno.</translation>
    </message>
    <message>
      <source>Serial {serial} of {sku} has already been packed. Put this unit aside for a lead.</source>
      <translation>Numer seryjny {serial} towaru {sku} został już spakowany. Odłóż tę sztukę dla lidera zmiany.</translation>
    </message>
    <message>
      <source>{sku} must be scanned one unit at a time, not as a pack. Scan each unit.</source>
      <translation>{sku} skanuje się po jednej sztuce, nie jako opakowanie zbiorcze. Zeskanuj każdą sztukę.</translation>
    </message>
    <message>
      <source>{sku} must be scanned unit by unit.</source>
      <translation>{sku} skanuje się sztuka po sztuce.</translation>
    </message>
    <message numerus="yes">
      <source>At most %n unit(s) of {sku} may be typed at once.</source>
      <translation>
        <numerusform>Produkt {sku}: naraz można wpisać najwyżej %n sztukę.</numerusform>
        <numerusform>Produkt {sku}: naraz można wpisać najwyżej %n sztuki.</numerusform>
        <numerusform>Produkt {sku}: naraz można wpisać najwyżej %n sztuk.</numerusform>
      </translation>
    </message>
    <message>
      <source>That is not an item's barcode. Scan the barcode on the item.</source>
      <translation>To nie jest kod towaru. Zeskanuj kod na towarze.</translation>
    </message>
    <message>
      <source>That is a box barcode. Scan the barcode on the item.</source>
      <translation>To jest kod kartonu. Zeskanuj kod na towarze.</translation>
    </message>
    <message>
      <source>That is a slip barcode. Scan the barcode on the item.</source>
      <translation>To jest kod ulotki. Zeskanuj kod na towarze.</translation>
    </message>
    <message>
      <source>That is a shipping label. Scan the barcode on the item.</source>
      <translation>To jest etykieta wysyłkowa. Zeskanuj kod na towarze.</translation>
    </message>
    <message>
      <source>That is a shipping label (SSCC). Scan the barcode on the item.</source>
      <translation>To jest etykieta wysyłkowa (SSCC). Zeskanuj kod na towarze.</translation>
    </message>
    <message>
      <source>That is an order barcode. Scan the barcode on the item.</source>
      <translation>To jest kod zamówienia. Zeskanuj kod na towarze.</translation>
    </message>
    <message>
      <source>That is a tote barcode. Scan the barcode on the item.</source>
      <translation>To jest kod pojemnika. Zeskanuj kod na towarze.</translation>
    </message>
    <message>
      <source>That is a badge. Scan the barcode on the item.</source>
      <translation>To jest identyfikator pracownika. Zeskanuj kod na towarze.</translation>
    </message>
    <message>
      <source>The same unit twice in a moment. Scan each unit once.</source>
      <translation>Ta sama sztuka dwa razy w jednej chwili. Skanuj każdą sztukę raz.</translation>
    </message>
    <message>
      <source>This scan was already counted; nothing changed.</source>
      <translation>Ten skan został już policzony; nic się nie zmieniło.</translation>
    </message>
    <message>
      <source>Command {command}</source>
      <translation>Polecenie {command}</translation>
    </message>
    <message>
      <source>The order is open: scan the items.</source>
      <translation>Zamówienie otwarte: skanuj towary.</translation>
    </message>
    <message>
      <source>Box {box} OK.</source>
      <translation>Karton {box} OK.</translation>
    </message>
    <message>
      <source>Box {box} instead of the planned {planned}: noted as a deviation.</source>
      <translation>Karton {box} zamiast planowanego {planned}: zapisano jako odstępstwo.</translation>
    </message>
    <message>
      <source>Box {box} instead of the planned {planned}: noted as a deviation ({difference} against the plan).</source>
      <translation>Karton {box} zamiast planowanego {planned}: zapisano jako odstępstwo ({difference} względem planu).</translation>
    </message>
    <message>
      <source>The contents of package {package_no} do not fit in box {box}. Take the planned {planned} or a box that fits.</source>
      <translation>Zawartość paczki {package_no} nie mieści się w kartonie {box}. Weź planowany {planned} albo karton, który pasuje.</translation>
    </message>
    <message>
      <source>Package {package_no} is too heavy for box {box}. Take the planned {planned} or a box that fits.</source>
      <translation>Paczka {package_no} jest za ciężka na karton {box}. Weź planowany {planned} albo karton, który pasuje.</translation>
    </message>
    <message>
      <source>The order does not fit in box {box}. Take a bigger box.</source>
      <translation>Zamówienie nie mieści się w kartonie {box}. Weź większy karton.</translation>
    </message>
    <message>
      <source>The order is too heavy for box {box}. Take a box that carries it.</source>
      <translation>Zamówienie jest za ciężkie na karton {box}. Weź karton, który je uniesie.</translation>
    </message>
    <message>
      <source>Box {box} belongs to another merchant. Take a box of this order's merchant.</source>
      <translation>Karton {box} należy do innego sklepu. Weź karton sklepu, z którego jest to zamówienie.</translation>
    </message>
    <message>
      <source>Slip OK.</source>
      <translation>Ulotka OK.</translation>
    </message>
    <message numerus="yes">
      <source>Slip OK; %n to go.</source>
      <translation>
        <numerusform>Ulotka OK; została %n.</numerusform>
        <numerusform>Ulotka OK; zostały %n.</numerusform>
        <numerusform>Ulotka OK; zostało %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This slip was already scanned; %n to go.</source>
      <translation>
        <numerusform>Ta ulotka była już zeskanowana; została %n.</numerusform>
        <numerusform>Ta ulotka była już zeskanowana; zostały %n.</numerusform>
        <numerusform>Ta ulotka była już zeskanowana; zostało %n.</numerusform>
      </translation>
    </message>
    <message>
      <source>This slip ({code}) does not belong to this order. Take it out and use this order's slip.</source>
      <translation>Ta ulotka ({code}) nie należy do tego zamówienia. Wyjmij ją i użyj ulotki tego zamówienia.</translation>
    </message>
    <message>
      <source>Label OK.</source>
      <translation>Etykieta OK.</translation>
    </message>
    <message numerus="yes">
      <source>Label OK; %n to go.</source>
      <translation>
        <numerusform>Etykieta OK; została %n.</numerusform>
        <numerusform>Etykieta OK; zostały %n.</numerusform>
        <numerusform>Etykieta OK; zostało %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This label was already scanned; %n to go.</source>
      <translation>
        <numerusform>Ta etykieta była już zeskanowana; została %n.</numerusform>
        <numerusform>Ta etykieta była już zeskanowana; zostały %n.</numerusform>
        <numerusform>Ta etykieta była już zeskanowana; zostało %n.</numerusform>
      </translation>
    </message>
    <message>
      <source>This label ({code}) does not belong to this order. Take it off and use this order's label.</source>
      <translation>Ta etykieta ({code}) nie należy do tego zamówienia. Zdejmij ją i użyj etykiety tego zamówienia.</translation>
    </message>
    <message>
      <source>This is not a label the station issued.</source>
      <translation>To nie jest etykieta wydana przez to stanowisko.</translation>
    </message>
    <message>
      <source>This label belongs to another order.</source>
      <translation>Ta etykieta należy do innego zamówienia.</translation>
    </message>
    <message>
      <source>This label was voided; put the new label on the box.</source>
      <translation>Ta etykieta została unieważniona; naklej nową etykietę na karton.</translation>
    </message>
    <message>
      <source>This label belongs to another box of this order.</source>
      <translation>Ta etykieta należy do innego kartonu tego zamówienia.</translation>
    </message>
    <message>
      <source>This label has not been printed by the station.</source>
      <translation>Ta etykieta nie została wydrukowana przez stanowisko.</translation>
    </message>
    <message>
      <source>Label {label} has not printed. Clear the printer, reprint it (F7) and scan the new one.</source>
      <translation>Etykieta {label} nie została wydrukowana. Udrożnij drukarkę, wydrukuj ją ponownie (F7) i zeskanuj nową.</translation>
    </message>
    <message>
      <source>{check} for {sku}: OK.</source>
      <translation>{check} – {sku}: OK.</translation>
    </message>
    <message>
      <source>{check}: OK.</source>
      <translation>{check}: OK.</translation>
    </message>
    <message>
      <source>Serial {serial} captured; next unit.</source>
      <translation>Numer seryjny {serial} zapisany; następna sztuka.</translation>
    </message>
    <message>
      <source>Serial {serial} captured.</source>
      <translation>Numer seryjny {serial} zapisany.</translation>
    </message>
    <message>
      <source>Confirmed, but hazardous goods (class {hazmat_class}) cannot ship by {service}: they need a ground service. A lead must override.</source>
      <translation>Potwierdzono, ale towaru niebezpiecznego (klasa {hazmat_class}) nie można wysłać usługą {service}: wymaga transportu naziemnego. Lider zmiany musi to zatwierdzić.</translation>
    </message>
    <message>
      <source>{check} for {sku} failed.</source>
      <translation>{check} – {sku}: nie przeszła.</translation>
    </message>
    <message>
      <source>{check} failed.</source>
      <translation>{check}: nie przeszła.</translation>
    </message>
    <message>
      <source>{sku} marked damaged: take it out and scan a replacement.</source>
      <translation>{sku} oznaczony jako uszkodzony: wyjmij go i zeskanuj sztukę zastępczą.</translation>
    </message>
    <message>
      <source>Lot {lot} is not the lot {lot_required} this line needs.</source>
      <translation>Partia {lot} to nie partia {lot_required} wymagana w tej pozycji.</translation>
    </message>
    <message numerus="yes">
      <source>{sku} expires {expiry} (%n day(s) left; needs {min_days}).</source>
      <translation>
        <numerusform>{sku} traci ważność {expiry} (został %n dzień; wymagane {min_days}).</numerusform>
        <numerusform>{sku} traci ważność {expiry} (zostały %n dni; wymagane {min_days}).</numerusform>
        <numerusform>{sku} traci ważność {expiry} (zostało %n dni; wymagane {min_days}).</numerusform>
      </translation>
    </message>
    <message>
      <source>Weight {grams} g OK (expected {expected_g} ± {tolerance_g} g).</source>
      <translation>Waga {grams} g OK (oczekiwano {expected_g} ± {tolerance_g} g).</translation>
    </message>
    <message>
      <source>Box {package_no} of {packages}: {grams} g OK (expected {expected_g} ± {tolerance_g} g). Now put box {next_package} on the scale.</source>
      <translation>Karton {package_no} z {packages}: {grams} g OK (oczekiwano {expected_g} ± {tolerance_g} g). Teraz postaw karton {next_package} na wadze.</translation>
    </message>
    <message>
      <source>The box weighs {grams} g but should weigh {expected_g} ± {tolerance_g} g. Check for a missing or extra item.</source>
      <translation>Karton waży {grams} g, a powinien ważyć {expected_g} ± {tolerance_g} g. Sprawdź, czy czegoś nie brakuje albo nie ma za dużo.</translation>
    </message>
    <message>
      <source>Undone: {units} × {sku} out of the box.</source>
      <translation>Cofnięto: {units} × {sku} wyjęte z kartonu.</translation>
    </message>
    <message>
      <source>1 × {sku} removed: {reason}</source>
      <translation>1 × {sku} wyjęto: {reason}</translation>
    </message>
    <message>
      <source>{lead} approved: {reason}</source>
      <translation>{lead} zatwierdził(a): {reason}</translation>
    </message>
    <message>
      <source>Nothing to undo.</source>
      <translation>Nie ma czego cofnąć.</translation>
    </message>
    <message>
      <source>Scan the items</source>
      <translation>Skanuj towary</translation>
    </message>
    <message>
      <source>Slips</source>
      <translation>Ulotki</translation>
    </message>
    <message>
      <source>Verify slips and label</source>
      <translation>Sprawdź ulotki i etykietę</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Zamknięte</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Wstrzymane</translation>
    </message>
    <message>
      <source>Sent to exception</source>
      <translation>Przekazane do wyjątków</translation>
    </message>
    <message>
      <source>Wrong PIN.</source>
      <translation>Błędny PIN.</translation>
    </message>
    <message>
      <source>This badge is not known or not active.</source>
      <translation>Ten identyfikator jest nieznany lub nieaktywny.</translation>
    </message>
    <message>
      <source>Too many wrong PINs for {user}; wait ten minutes or ask an admin.</source>
      <translation>Zbyt wiele błędnych PIN-ów. Użytkownik: {user}. Odczekaj dziesięć minut lub poproś administratora.</translation>
    </message>
    <message>
      <source>{user} has no PIN yet; an admin must set one.</source>
      <translation>{user} nie ma jeszcze PIN-u; musi go ustawić administrator.</translation>
    </message>
    <message>
      <source>{user}: type your PIN after scanning your badge.</source>
      <translation>{user}: po zeskanowaniu identyfikatora wpisz PIN.</translation>
    </message>
    <message>
      <source>Only a shift lead can do this; a lead must approve it.</source>
      <translation>Tylko lider zmiany może to zrobić; lider musi to zatwierdzić.</translation>
    </message>
    <message>
      <source>Order {order} is in the exception queue; a lead must take it.</source>
      <translation>Zamówienie {order} jest w kolejce wyjątków; musi je przejąć lider.</translation>
    </message>
    <message>
      <source>A PIN is {min} to {max} digits.</source>
      <translation>PIN ma od {min} do {max} cyfr.</translation>
    </message>
    <message>
      <source>{user} is packing order {order}; another lead must approve.</source>
      <translation>{user} sam(a) pakuje zamówienie {order}; musi to zatwierdzić inny lider zmiany.</translation>
    </message>
    <message>
      <source>This script sets its own clock ('now'); only a demo or test database accepts that.</source>
      <translation>Ten skrypt ustawia własny zegar ('now'); akceptuje to tylko baza demonstracyjna lub testowa.</translation>
    </message>
    <message>
      <source>This order was not found: {detail}</source>
      <translation>Nie znaleziono zamówienia: {detail}</translation>
    </message>
    <message>
      <source>Order {order} was cancelled by the shop. Do not pack it.</source>
      <translation>Zamówienie {order} zostało anulowane przez sklep. Nie pakuj go.</translation>
    </message>
    <message>
      <source>Order {order} was already packed and closed; a lead can reopen it.</source>
      <translation>Zamówienie {order} jest już spakowane i zamknięte; lider może je ponownie otworzyć.</translation>
    </message>
    <message>
      <source>Order {order} is in the lead's exception queue.</source>
      <translation>Zamówienie {order} jest w kolejce wyjątków lidera.</translation>
    </message>
    <message>
      <source>Order {order} is being packed at another bench. A lead can release it. Bench: {station} · Since: {since}</source>
      <translation>Zamówienie {order} jest pakowane na innym stanowisku. Lider zmiany może je zwolnić. Stanowisko: {station} · Od: {since}</translation>
    </message>
    <message>
      <source>Order {order} cannot be claimed now. Status: {status}.</source>
      <translation>Nie można teraz przejąć zamówienia {order}. Status: {status}.</translation>
    </message>
    <message>
      <source>Order {order} is open at another station.</source>
      <translation>Zamówienie {order} jest otwarte na innym stanowisku.</translation>
    </message>
    <message>
      <source>Finish or suspend order {order} first.</source>
      <translation>Najpierw zakończ lub wstrzymaj zamówienie {order}.</translation>
    </message>
    <message>
      <source>There is no pack session {session_id}.</source>
      <translation>Nie ma sesji pakowania {session_id}.</translation>
    </message>
    <message>
      <source>This order has no pack session to release.</source>
      <translation>To zamówienie nie ma sesji pakowania do zwolnienia.</translation>
    </message>
    <message>
      <source>This user is not known or not active.</source>
      <translation>Ten użytkownik jest nieznany lub nieaktywny.</translation>
    </message>
    <message>
      <source>Line {line_id} is not part of this order.</source>
      <translation>Pozycja {line_id} nie należy do tego zamówienia.</translation>
    </message>
    <message>
      <source>This scan id belongs to another order.</source>
      <translation>Ten identyfikator skanu należy do innego zamówienia.</translation>
    </message>
    <message>
      <source>Not possible at this step: {detail}</source>
      <translation>Niemożliwe na tym etapie: {detail}</translation>
    </message>
    <message>
      <source>The order cannot close yet: {detail}</source>
      <translation>Zamówienia nie można jeszcze zamknąć: {detail}</translation>
    </message>
    <message>
      <source>The database cannot be reached: this was NOT saved. Try again when the connection is back.</source>
      <translation>Brak połączenia z bazą danych: NIE zapisano. Spróbuj ponownie, gdy połączenie wróci.</translation>
    </message>
    <message>
      <source>No unit of {sku} is in the box.</source>
      <translation>W kartonie nie ma żadnej sztuki {sku}.</translation>
    </message>
    <message>
      <source>Every packed unit of {sku} already has its serial.</source>
      <translation>Każda spakowana sztuka {sku} ma już numer seryjny.</translation>
    </message>
    <message>
      <source>Scan or type the serial number.</source>
      <translation>Zeskanuj lub wpisz numer seryjny.</translation>
    </message>
    <message>
      <source>{grams} g is not a weight; put the box on the scale.</source>
      <translation>{grams} g to nie jest waga; postaw karton na wadze.</translation>
    </message>
    <message>
      <source>The scale does not answer: check that it is on and its cable is in, or type the weight if this merchant allows it.</source>
      <translation>Waga nie odpowiada: sprawdź, czy jest włączona i czy kabel jest podłączony, albo wpisz wagę, jeśli sprzedawca na to pozwala.</translation>
    </message>
    <message>
      <source>The weight does not settle: keep the box still on the scale and read it again.</source>
      <translation>Waga się nie stabilizuje: przytrzymaj karton nieruchomo na wadze i odczytaj ponownie.</translation>
    </message>
    <message>
      <source>The scale is overloaded: this box is too heavy for it.</source>
      <translation>Waga jest przeciążona: ten karton jest dla niej za ciężki.</translation>
    </message>
    <message>
      <source>The scale reads below zero: empty the pan and zero the scale.</source>
      <translation>Waga pokazuje poniżej zera: opróżnij szalkę i wyzeruj wagę.</translation>
    </message>
    <message>
      <source>The scale reads 0 g: put the box on the scale.</source>
      <translation>Waga pokazuje 0 g: połóż karton na wadze.</translation>
    </message>
    <message>
      <source>The scale sent something the station cannot read; check its settings (protocol, unit).</source>
      <translation>Waga wysłała dane, których stanowisko nie potrafi odczytać; sprawdź jej ustawienia (protokół, jednostka).</translation>
    </message>
    <message>
      <source>No scale is connected to this bench: type the weight.</source>
      <translation>Do tego stanowiska nie podłączono wagi: wpisz wagę.</translation>
    </message>
    <message>
      <source>This bench has a scale: the weight comes from the scale. A lead can override the weight check.</source>
      <translation>To stanowisko ma wagę: waga pochodzi z wagi. Kierownik zmiany może zatwierdzić pominięcie kontroli wagi.</translation>
    </message>
    <message>
      <source>No photo: the camera did not give a picture.</source>
      <translation>Brak zdjęcia: kamera nie przekazała obrazu.</translation>
    </message>
    <message>
      <source>This merchant requires a photo of the package before it closes: check the camera, then close again (the station takes the photo again).</source>
      <translation>Ten sprzedawca wymaga zdjęcia paczki przed zamknięciem: sprawdź kamerę i zamknij ponownie (stanowisko zrobi zdjęcie jeszcze raz).</translation>
    </message>
    <message>
      <source>Part of this history was archived, but the archive cannot be read (on SQLite the file beside the store, STORE-archive.db, is missing).</source>
      <translation>Część tej historii została zarchiwizowana, ale archiwum nie można odczytać (w SQLite brakuje pliku obok bazy, STORE-archive.db).</translation>
    </message>
    <message>
      <source>The archive date {date} is in the future: only history that already happened is archived.</source>
      <translation>Data archiwizacji {date} jest w przyszłości: archiwizowana jest tylko historia, która już się wydarzyła.</translation>
    </message>
    <message>
      <source>This is a demo (training) store: its history is practice and is reset with the demo, never archived.</source>
      <translation>To jest baza demonstracyjna (szkoleniowa): jej historia to ćwiczenia i jest resetowana razem z demo, nigdy archiwizowana.</translation>
    </message>
    <message>
      <source>There is no Packstation database at {url}.</source>
      <translation>Pod adresem {url} nie ma bazy danych Packstation.</translation>
    </message>
    <message>
      <source>No package or order has the code {what} (tracking number, SSCC or order).</source>
      <translation>Żadna paczka ani zamówienie nie ma kodu {what} (numer przesyłki, SSCC lub zamówienie).</translation>
    </message>
    <message>
      <source>{value} is not a date (YYYY-MM-DD).</source>
      <translation>{value} to nie data (RRRR-MM-DD).</translation>
    </message>
    <message>
      <source>{check} is done per line: say which line.</source>
      <translation>{check}: wykonuje się osobno dla każdej pozycji; wskaż pozycję.</translation>
    </message>
    <message>
      <source>Unknown QC check {check}.</source>
      <translation>Nieznana kontrola jakości {check}.</translation>
    </message>
    <message>
      <source>Nothing to override called {blocker}.</source>
      <translation>Nie ma nic do zatwierdzenia o nazwie {blocker}.</translation>
    </message>
    <message>
      <source>A packing plan is a JSON object.</source>
      <translation>Plan pakowania to obiekt JSON.</translation>
    </message>
    <message>
      <source>There is no package {package_no} in the plan.</source>
      <translation>W planie nie ma paczki {package_no}.</translation>
    </message>
    <message>
      <source>The box plan does not match the order: {detail}</source>
      <translation>Plan kartonów nie zgadza się z zamówieniem: {detail}</translation>
    </message>
    <message>
      <source>This order has no packages to label yet.</source>
      <translation>To zamówienie nie ma jeszcze paczek do oetykietowania.</translation>
    </message>
    <message>
      <source>There is no label with id {label_id}.</source>
      <translation>Nie ma etykiety o id {label_id}.</translation>
    </message>
    <message>
      <source>Label {tracking_number} is voided; issue a new one.</source>
      <translation>Etykieta {tracking_number} jest unieważniona; wystaw nową.</translation>
    </message>
    <message>
      <source>Label printing is not available in this build; a lead can override the label step.</source>
      <translation>Drukowanie etykiet nie jest dostępne w tej wersji; lider może zatwierdzić pominięcie etapu etykiety.</translation>
    </message>
    <message>
      <source>Unknown format: {detail}</source>
      <translation>Nieznany format: {detail}</translation>
    </message>
    <message>
      <source>Unknown carrier {carrier}.</source>
      <translation>Nieznany przewoźnik {carrier}.</translation>
    </message>
    <message>
      <source>Carrier {carrier} has no service {service}.</source>
      <translation>Przewoźnik {carrier} nie ma usługi {service}.</translation>
    </message>
    <message>
      <source>The rate table cannot be used: {detail}</source>
      <translation>Nie można użyć cennika: {detail}</translation>
    </message>
    <message>
      <source>Too heavy for this service: billable weight {weight}, at most {limit}.</source>
      <translation>Za ciężka dla tej usługi: waga rozliczeniowa {weight}, maksymalnie {limit}.</translation>
    </message>
    <message>
      <source>A person needs a name.</source>
      <translation>Osoba musi mieć imię i nazwisko.</translation>
    </message>
    <message>
      <source>A person needs a badge code.</source>
      <translation>Osoba musi mieć kod identyfikatora.</translation>
    </message>
    <message>
      <source>Badge {badge} is already in use.</source>
      <translation>Identyfikator {badge} jest już używany.</translation>
    </message>
    <message>
      <source>There is no role {role}.</source>
      <translation>Nie ma roli {role}.</translation>
    </message>
    <message>
      <source>There is no language {locale}.</source>
      <translation>Nie ma języka {locale}.</translation>
    </message>
    <message>
      <source>There is no user {user_id}.</source>
      <translation>Nie ma użytkownika {user_id}.</translation>
    </message>
    <message>
      <source>A station needs a code, e.g. BENCH-05.</source>
      <translation>Stanowisko musi mieć kod, np. BENCH-05.</translation>
    </message>
    <message>
      <source>The site needs a name, e.g. Oslo DC.</source>
      <translation>Magazyn potrzebuje nazwy, np. Oslo DC.</translation>
    </message>
    <message>
      <source>A GS1 company prefix is 6 to 12 digits, not {prefix}.</source>
      <translation>Prefiks firmy GS1 ma od 6 do 12 cyfr, a nie {prefix}.</translation>
    </message>
    <message>
      <source>The printer address is not usable: {detail}</source>
      <translation>Nie można użyć adresu drukarki: {detail}</translation>
    </message>
    <message>
      <source>This role needs a PIN: {role}.</source>
      <translation>Ta rola wymaga PIN-u: {role}.</translation>
    </message>
    <message>
      <source>There is no merchant {merchant}; import the catalogue first.</source>
      <translation>Nie ma sprzedawcy {merchant}; najpierw zaimportuj katalog.</translation>
    </message>
    <message>
      <source>A cut-off is a time of day like 14:00, not {value}.</source>
      <translation>Godzina graniczna to pora dnia, np. 14:00, a nie {value}.</translation>
    </message>
    <message>
      <source>Unknown time zone {value} (e.g. Europe/Oslo).</source>
      <translation>Nieznana strefa czasowa {value} (np. Europe/Oslo).</translation>
    </message>
    <message>
      <source>Order {order} has not been shipped (status {status}); a complaint is recorded against a shipped order.</source>
      <translation>Zamówienie {order} nie zostało wysłane (status {status}); reklamację rejestruje się dla wysłanego zamówienia.</translation>
    </message>
    <message>
      <source>Choose at least one line of order {order} the complaint is about.</source>
      <translation>Wybierz co najmniej jedną pozycję zamówienia {order}, której dotyczy reklamacja.</translation>
    </message>
    <message>
      <source>Order {order} has no line {line}.</source>
      <translation>Zamówienie {order} nie ma pozycji {line}.</translation>
    </message>
    <message>
      <source>Line {line} of order {order} shipped {shipped} units; the complaint names {quantity}.</source>
      <translation>Pozycja {line} zamówienia {order} wysłała {shipped} szt.; reklamacja podaje {quantity}.</translation>
    </message>
    <message>
      <source>A complaint is damaged, wrong item or missing item, not {kind}.</source>
      <translation>Reklamacja to uszkodzony, zły towar lub brakujący towar, a nie {kind}.</translation>
    </message>
    <message>
      <source>This is a demo (training) database; a real site needs its own database.</source>
      <translation>To jest baza demo (szkoleniowa); prawdziwy magazyn potrzebuje własnej bazy danych.</translation>
    </message>
    <message>
      <source>The file cannot be used: {detail}</source>
      <translation>Nie można użyć pliku: {detail}</translation>
    </message>
    <message>
      <source>Nothing was imported: {detail}</source>
      <translation>Nic nie zaimportowano: {detail}</translation>
    </message>
    <message>
      <source>This is a production database; demo data goes into the training database.</source>
      <translation>To jest baza produkcyjna; dane demo trafiają do bazy szkoleniowej.</translation>
    </message>
    <message>
      <source>Station {station} already exists.</source>
      <translation>Stanowisko {station} już istnieje.</translation>
    </message>
    <message>
      <source>Unknown station: {detail}</source>
      <translation>Nieznane stanowisko: {detail}</translation>
    </message>
    <message>
      <source>There is no order with id {order_id}.</source>
      <translation>Nie ma zamówienia o id {order_id}.</translation>
    </message>
    <message>
      <source>Order {order_ref} is not claimed.</source>
      <translation>Zamówienie {order_ref} nie jest przejęte.</translation>
    </message>
    <message>
      <source>Order {order_ref} is not in the exception queue. Status: {status}.</source>
      <translation>Zamówienia {order_ref} nie ma w kolejce wyjątków. Status: {status}.</translation>
    </message>
    <message>
      <source>Resolving an exception needs a note saying what was done.</source>
      <translation>Rozwiązanie wyjątku wymaga notatki, co zrobiono.</translation>
    </message>
    <message>
      <source>Unknown resolution {action}.</source>
      <translation>Nieznane rozwiązanie {action}.</translation>
    </message>
    <message>
      <source>Campaign: {path}: {reason}</source>
      <translation>Kampania: {path}: {reason}</translation>
    </message>
    <message>
      <source>Variant {variant} cannot be stopped: it is already stopped or the last one running.</source>
      <translation>Wariantu {variant} nie można zatrzymać: jest już zatrzymany albo działa jako ostatni.</translation>
    </message>
    <message>
      <source>The return label's tracking number {tracking} is already on a shipping label; nothing was printed.</source>
      <translation>Numer przesyłki {tracking} z etykiety zwrotnej jest już na etykiecie wysyłkowej; nic nie wydrukowano.</translation>
    </message>
    <message>
      <source>Rule: {path}: {reason}</source>
      <translation>Reguła: {path}: {reason}</translation>
    </message>
    <message>
      <source>Rule: {detail}</source>
      <translation>Reguła: {detail}</translation>
    </message>
    <message>
      <source>There is no campaign {key}.</source>
      <translation>Nie ma kampanii {key}.</translation>
    </message>
    <message>
      <source>There is no campaign template {template}.</source>
      <translation>Nie ma szablonu kampanii {template}.</translation>
    </message>
    <message>
      <source>There is no merchant {key}.</source>
      <translation>Nie ma sprzedawcy {key}.</translation>
    </message>
    <message>
      <source>There is no customer {key}.</source>
      <translation>Nie ma klienta {key}.</translation>
    </message>
    <message>
      <source>Order not found: {detail}</source>
      <translation>Nie znaleziono zamówienia: {detail}</translation>
    </message>
    <message>
      <source>Order reference {ref} is used by several merchants; scan the pick-ticket barcode.</source>
      <translation>Numer zamówienia {ref} ma kilku sprzedawców; zeskanuj kod z listy kompletacyjnej.</translation>
    </message>
    <message>
      <source>The order has no customer or merchant.</source>
      <translation>Zamówienie nie ma klienta ani sprzedawcy.</translation>
    </message>
    <message>
      <source>The order has no slip {slip_code}.</source>
      <translation>Zamówienie nie ma ulotki {slip_code}.</translation>
    </message>
    <message>
      <source>Slip {slip_code} lost its customer, merchant or campaign.</source>
      <translation>Ulotka {slip_code} straciła klienta, sprzedawcę lub kampanię.</translation>
    </message>
    <message>
      <source>Could not draw a unique coupon code; try again.</source>
      <translation>Nie udało się wylosować unikalnego kodu kuponu; spróbuj ponownie.</translation>
    </message>
    <message>
      <source>Unknown units: {detail}</source>
      <translation>Nieznane jednostki: {detail}</translation>
    </message>
    <message>
      <source>A box is wrong: {detail}</source>
      <translation>Błędny karton: {detail}</translation>
    </message>
    <message>
      <source>Dimensions are wrong: {detail}</source>
      <translation>Błędne wymiary: {detail}</translation>
    </message>
    <message>
      <source>An item is wrong: {detail}</source>
      <translation>Błędny towar: {detail}</translation>
    </message>
    <message>
      <source>A material is wrong: {detail}</source>
      <translation>Błędny materiał: {detail}</translation>
    </message>
    <message>
      <source>An order is wrong: {detail}</source>
      <translation>Błędne zamówienie: {detail}</translation>
    </message>
    <message>
      <source>A value is wrong: {detail}</source>
      <translation>Błędna wartość: {detail}</translation>
    </message>
    <message>
      <source>The script cannot be replayed: {detail}</source>
      <translation>Nie można odtworzyć skryptu: {detail}</translation>
    </message>
    <message>
      <source>A time needs a time zone: {detail}</source>
      <translation>Czas musi mieć strefę czasową: {detail}</translation>
    </message>
    <message>
      <source>This is a demo (training) database: its orders never shipped and are not exported.</source>
      <translation>To jest baza demonstracyjna (szkoleniowa): jej zamówienia nigdy nie zostały wysłane i nie są eksportowane.</translation>
    </message>
    <message>
      <source>Training runs only in a demo database; this one holds real data.</source>
      <translation>Szkolenie działa tylko w bazie demonstracyjnej; ta zawiera prawdziwe dane.</translation>
    </message>
    <message>
      <source>The training scenario {file} cannot be used ({path}): {problem}</source>
      <translation>Nie można użyć scenariusza szkoleniowego {file} ({path}): {problem}</translation>
    </message>
    <message>
      <source>There is no training scenario {scenario}.</source>
      <translation>Nie ma scenariusza szkoleniowego {scenario}.</translation>
    </message>
    <message>
      <source>This scorecard was not found: {detail}</source>
      <translation>Nie znaleziono karty wyników: {detail}</translation>
    </message>
    <message>
      <source>{source} answered without a usable tracking number for order {order}; nothing was printed.</source>
      <translation>{source} nie podał poprawnego numeru przesyłki dla zamówienia {order}; nic nie wydrukowano.</translation>
    </message>
    <message>
      <source>{source} gave no label document for order {order}; nothing was printed.</source>
      <translation>{source} nie przesłał etykiety dla zamówienia {order}; nic nie wydrukowano.</translation>
    </message>
    <message>
      <source>{source} sent a label for order {order} that is neither a PDF nor ZPL; nothing was printed.</source>
      <translation>{source} przesłał dla zamówienia {order} etykietę, która nie jest ani PDF, ani ZPL; nic nie wydrukowano.</translation>
    </message>
    <message>
      <source>{source} sent a {got} label for order {order}, but this bench's label printer takes {wanted}.</source>
      <translation>{source} przesłał etykietę dla zamówienia {order} w formacie {got}, a drukarka etykiet tego stanowiska przyjmuje {wanted}.</translation>
    </message>
    <message>
      <source>No label for order {order}: {source} did not answer ({reason}). Press F7 to try again.</source>
      <translation>Brak etykiety dla zamówienia {order}: {source} nie odpowiada ({reason}). Naciśnij F7, aby spróbować ponownie.</translation>
    </message>
    <message>
      <source>{source} has no label for order {order} yet. Press F7 to try again.</source>
      <translation>{source} nie ma jeszcze etykiety dla zamówienia {order}. Naciśnij F7, aby spróbować ponownie.</translation>
    </message>
    <message>
      <source>{source} refused the label for order {order}: {reason}</source>
      <translation>{source} odmówił etykiety dla zamówienia {order}: {reason}</translation>
    </message>
    <message>
      <source>{source} answered HTTP {status} for order {order}. Press F7 to try again.</source>
      <translation>{source} odpowiedział HTTP {status} dla zamówienia {order}. Naciśnij F7, aby spróbować ponownie.</translation>
    </message>
    <message>
      <source>{source} offered a label for order {order} that the station has used before; make a new label there.</source>
      <translation>{source} podał dla zamówienia {order} etykietę, której stanowisko już użyło; utwórz tam nową etykietę.</translation>
    </message>
    <message>
      <source>Labels from {source} need karrio and the carrier's extension installed.</source>
      <translation>Etykiety ze źródła {source} wymagają zainstalowania karrio i rozszerzenia przewoźnika.</translation>
    </message>
    <message>
      <source>The carrier connection {source} needs the environment variable {variable}.</source>
      <translation>Połączenie z przewoźnikiem {source} wymaga zmiennej środowiskowej {variable}.</translation>
    </message>
    <message>
      <source>The carrier connection {source} is set up wrong: {detail}</source>
      <translation>Połączenie z przewoźnikiem {source} jest źle skonfigurowane: {detail}</translation>
    </message>
    <message>
      <source>{source} did not void label {tracking}: {reason}</source>
      <translation>{source} nie anulował etykiety {tracking}: {reason}</translation>
    </message>
    <message>
      <source>The label source for {key} is set up wrong: {detail}</source>
      <translation>Źródło etykiet jest źle skonfigurowane (klucz: {key}): {detail}</translation>
    </message>
    <message>
      <source>Carrier PDF labels print one box at a time.</source>
      <translation>Etykiety PDF przewoźnika drukuje się po jednym kartonie.</translation>
    </message>
    <message>
      <source>This order's labels come from different sources; print them box by box.</source>
      <translation>Etykiety tego zamówienia pochodzą z różnych źródeł; drukuj je karton po kartonie.</translation>
    </message>
    <message>
      <source>There are no labels from {connection} to put on a manifest.</source>
      <translation>Brak etykiet z połączenia {connection} do umieszczenia w manifeście.</translation>
    </message>
    <message>
      <source>No manifest from {source}: {reason}</source>
      <translation>Brak manifestu ze źródła {source}: {reason}</translation>
    </message>
    <message>
      <source>This order's labels come from a source that quotes no rates.</source>
      <translation>Etykiety tego zamówienia pochodzą ze źródła, które nie podaje stawek.</translation>
    </message>
    <message>
      <source>There is no carrier connection named {connection}.</source>
      <translation>Nie ma połączenia z przewoźnikiem o nazwie {connection}.</translation>
    </message>
    <message>
      <source>Order {order} matches several orders; give its id.</source>
      <translation>Zamówienie {order} pasuje do kilku zamówień; podaj jego identyfikator.</translation>
    </message>
    <message>
      <source>The order endpoint cannot listen on {address}: {detail}</source>
      <translation>Punkt przyjmowania zamówień nie może nasłuchiwać na {address}: {detail}</translation>
    </message>
    <message>
      <source>The order endpoint needs a token of at least 16 characters in PACKSTATION_INBOX_TOKEN.</source>
      <translation>Punkt przyjmowania zamówień wymaga tokenu o długości co najmniej 16 znaków w PACKSTATION_INBOX_TOKEN.</translation>
    </message>
    <message>
      <source>{name} is still in training. To pass on the training floor before packing real orders: {missing}. A lead can lift the gate (badge, PIN and a reason).</source>
      <translation>{name} jest jeszcze w szkoleniu. Do zaliczenia na sali szkoleniowej przed pakowaniem prawdziwych zamówień: {missing}. Lider zmiany może zdjąć blokadę (identyfikator, PIN i powód).</translation>
    </message>
    <message>
      <source>Unknown training action: {detail}</source>
      <translation>Nieznana czynność szkoleniowa: {detail}</translation>
    </message>
    <message numerus="yes">
      <source>{name} has no recurring mistakes to practise in the last %n day(s).</source>
      <translation>
        <numerusform>{name} nie ma powtarzających się pomyłek do przećwiczenia z ostatniego %n dnia.</numerusform>
        <numerusform>{name} nie ma powtarzających się pomyłek do przećwiczenia z ostatnich %n dni.</numerusform>
        <numerusform>{name} nie ma powtarzających się pomyłek do przećwiczenia z ostatnich %n dni.</numerusform>
      </translation>
    </message>
    <message>
      <source>Cannot write {path}: nothing was written and the old file is unchanged. ({reason})</source>
      <translation>Nie można zapisać {path}: nic nie zapisano, a stary plik pozostał bez zmian. ({reason})</translation>
    </message>
    <message>
      <source>The disk of the database is full: this was NOT saved. Free space, then try again.</source>
      <translation>Dysk bazy danych jest pełny: tego NIE zapisano. Zwolnij miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
      <source>The database cannot be written (read-only file, folder or server): this was NOT saved.</source>
      <translation>Nie można zapisywać w bazie danych (plik, folder lub serwer tylko do odczytu): tego NIE zapisano.</translation>
    </message>
    <message>
      <source>The database is busy (another bench holds this order): this was NOT saved. Try again.</source>
      <translation>Baza danych jest zajęta (inne stanowisko blokuje to zamówienie): tego NIE zapisano. Spróbuj ponownie.</translation>
    </message>
    <message>
      <source>This is not a database Packstation can use: {url}</source>
      <translation>Packstation nie może używać tej bazy danych: {url}</translation>
    </message>
    <message>
      <source>This holds a character no barcode, badge or name can have (position {position}). Nothing was saved; scan or type it again.</source>
      <translation>Zawiera znak, którego nie może mieć żaden kod kreskowy, identyfikator ani nazwa (pozycja {position}). Nic nie zapisano; zeskanuj lub wpisz ponownie.</translation>
    </message>
    <message>
      <source>The number {value} is far too large. Nothing was saved.</source>
      <translation>Liczba {value} jest zdecydowanie za duża. Nic nie zapisano.</translation>
    </message>
    <message>
      <source>{text} holds characters no label font can print ({characters}). Correct it in the shop, or a lead overrides the step.</source>
      <translation>{text} zawiera znaki, których żadna czcionka etykiety nie wydrukuje ({characters}). Popraw to w sklepie albo lider zmiany pominie ten krok.</translation>
    </message>
    <message>
      <source>Inspect {sku}: confirm it is undamaged, or mark it damaged and scan a replacement.</source>
      <translation>Sprawdź {sku}: potwierdź, że jest nieuszkodzony, albo oznacz jako uszkodzony i zeskanuj sztukę zastępczą.</translation>
    </message>
    <message>
      <source>Check the expiry date of {sku} and confirm it.</source>
      <translation>Sprawdź datę ważności {sku} i potwierdź ją.</translation>
    </message>
    <message>
      <source>Capture the serial number of every unit of {sku}.</source>
      <translation>Zarejestruj numer seryjny każdej sztuki {sku}.</translation>
    </message>
    <message>
      <source>Capture the lot number of {sku}.</source>
      <translation>Zarejestruj numer partii {sku}.</translation>
    </message>
    <message>
      <source>Put the closed box on the scale.</source>
      <translation>Postaw zamknięty karton na wadze.</translation>
    </message>
    <message>
      <source>{sku} is fragile: wrap it and put a FRAGILE sticker on the box, then confirm.</source>
      <translation>{sku} jest kruchy: owiń go i naklej na karton naklejkę OSTROŻNIE SZKŁO, potem potwierdź.</translation>
    </message>
    <message>
      <source>Hazardous goods (class {hazmat_class}): put the hazard mark on the box, then confirm.</source>
      <translation>Towar niebezpieczny (klasa {hazmat_class}): naklej na karton oznakowanie zagrożenia, potem potwierdź.</translation>
    </message>
    <message>
      <source>Gift order: check the packing slip shows no prices and the gift message is in the box.</source>
      <translation>Zamówienie na prezent: sprawdź, że specyfikacja wysyłki nie pokazuje cen, a wiadomość do prezentu jest w kartonie.</translation>
    </message>
    <message>
      <source>Hazardous goods</source>
      <translation>Towar niebezpieczny</translation>
    </message>
    <message>
      <source>Gift order</source>
      <translation>Zamówienie na prezent</translation>
    </message>
    <message>
      <source>Bin</source>
      <translation>Lokacja</translation>
    </message>
    <message>
      <source>Capture</source>
      <translation>Rejestracja</translation>
    </message>
    <message>
      <source>wrong item</source>
      <translation>zły towar</translation>
    </message>
    <message>
      <source>over-scan</source>
      <translation>nadmiarowy skan</translation>
    </message>
    <message>
      <source>unknown barcode</source>
      <translation>nieznany kod</translation>
    </message>
    <message>
      <source>bad check digit</source>
      <translation>błędna cyfra kontrolna</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>przeterminowany</translation>
    </message>
    <message>
      <source>short shelf life</source>
      <translation>krótki termin</translation>
    </message>
    <message>
      <source>wrong lot</source>
      <translation>zła partia</translation>
    </message>
    <message>
      <source>serial required</source>
      <translation>wymagany nr seryjny</translation>
    </message>
    <message>
      <source>duplicate serial</source>
      <translation>powtórzony nr seryjny</translation>
    </message>
    <message>
      <source>case not allowed</source>
      <translation>karton niedozwolony</translation>
    </message>
    <message>
      <source>unexpected barcode</source>
      <translation>nieoczekiwany kod</translation>
    </message>
    <message>
      <source>too fast repeat</source>
      <translation>podwójny skan</translation>
    </message>
    <message>
      <source>QC: damage</source>
      <translation>KJ: uszkodzenie</translation>
    </message>
    <message>
      <source>QC: expiry</source>
      <translation>KJ: termin</translation>
    </message>
    <message>
      <source>QC: serial</source>
      <translation>KJ: nr seryjny</translation>
    </message>
    <message>
      <source>QC: lot</source>
      <translation>KJ: partia</translation>
    </message>
    <message>
      <source>weight mismatch</source>
      <translation>niezgodna waga</translation>
    </message>
    <message>
      <source>QC: fragile</source>
      <translation>KJ: kruche</translation>
    </message>
    <message>
      <source>QC: hazmat</source>
      <translation>KJ: towar niebezpieczny</translation>
    </message>
    <message>
      <source>QC: gift</source>
      <translation>KJ: prezent</translation>
    </message>
    <message>
      <source>override</source>
      <translation>zatwierdzenie lidera</translation>
    </message>
    <message>
      <source>short-ship</source>
      <translation>wysyłka niepełna</translation>
    </message>
    <message>
      <source>reprint</source>
      <translation>ponowny wydruk</translation>
    </message>
    <message>
      <source>label void</source>
      <translation>unieważniona etykieta</translation>
    </message>
    <message>
      <source>slip verification</source>
      <translation>weryfikacja ulotki</translation>
    </message>
    <message>
      <source>label verification</source>
      <translation>weryfikacja etykiety</translation>
    </message>
    <message>
      <source>box override</source>
      <translation>zmiana kartonu</translation>
    </message>
    <message>
      <source>print failure</source>
      <translation>błąd wydruku</translation>
    </message>
    <message>
      <source>complaint: damaged</source>
      <translation>reklamacja: uszkodzony</translation>
    </message>
    <message>
      <source>complaint: wrong item</source>
      <translation>reklamacja: zły towar</translation>
    </message>
    <message>
      <source>complaint: missing item</source>
      <translation>reklamacja: brakujący towar</translation>
    </message>
    <message>
      <source>Welcome on a first order</source>
      <translation>Powitanie przy pierwszym zamówieniu</translation>
    </message>
    <message>
      <source>Thanks to a VIP</source>
      <translation>Podziękowanie dla klienta VIP</translation>
    </message>
    <message>
      <source>Win back a lapsed customer</source>
      <translation>Odzyskanie nieaktywnego klienta</translation>
    </message>
    <message>
      <source>Apology after an incident</source>
      <translation>Przeprosiny po zgłoszeniu problemu</translation>
    </message>
    <message>
      <source>Returns information</source>
      <translation>Informacja o zwrotach</translation>
    </message>
    <message>
      <source>Extra unit</source>
      <translation>Dodatkowa sztuka</translation>
    </message>
    <message>
      <source>Customer asked</source>
      <translation>Na prośbę klienta</translation>
    </message>
    <message>
      <source>Label smudged or torn</source>
      <translation>Etykieta rozmazana lub podarta</translation>
    </message>
    <message>
      <source>Slip missing</source>
      <translation>Brak ulotki</translation>
    </message>
    <message>
      <source>Box changed</source>
      <translation>Zmieniono karton</translation>
    </message>
    <message>
      <source>Wrong box or weight</source>
      <translation>Zły karton lub waga</translation>
    </message>
    <message>
      <source>Order reopened</source>
      <translation>Zamówienie ponownie otwarte</translation>
    </message>
    <message>
      <source>Label damaged</source>
      <translation>Etykieta uszkodzona</translation>
    </message>
    <message>
      <source>Item missing from the tote</source>
      <translation>Brak towaru w pojemniku</translation>
    </message>
    <message>
      <source>Item damaged, no replacement</source>
      <translation>Towar uszkodzony, brak zamiennika</translation>
    </message>
    <message>
      <source>Wrong item picked</source>
      <translation>Pobrano zły towar</translation>
    </message>
    <message>
      <source>QC failed</source>
      <translation>Kontrola jakości niezaliczona</translation>
    </message>
    <message>
      <source>Customer asked to hold</source>
      <translation>Klient prosił o wstrzymanie</translation>
    </message>
    <message>
      <source>Acknowledge stop</source>
      <translation>Potwierdź stop</translation>
    </message>
    <message>
      <source>Confirm you have seen a red stop; nothing else clears it.</source>
      <translation>Potwierdź, że widzisz czerwony stop; nic innego go nie usuwa.</translation>
    </message>
    <message>
      <source>Show this list on screen.</source>
      <translation>Pokaż tę listę na ekranie.</translation>
    </message>
    <message>
      <source>Undo last scan</source>
      <translation>Cofnij ostatni skan</translation>
    </message>
    <message>
      <source>Take the last accepted unit back out of the box.</source>
      <translation>Wyjmij z kartonu ostatnią przyjętą sztukę.</translation>
    </message>
    <message>
      <source>Next order</source>
      <translation>Następne zamówienie</translation>
    </message>
    <message>
      <source>Take the next order from the queue.</source>
      <translation>Weź następne zamówienie z kolejki.</translation>
    </message>
    <message>
      <source>Type a count for a large line instead of scanning each.</source>
      <translation>Wpisz ilość dla dużej pozycji zamiast skanować każdą sztukę.</translation>
    </message>
    <message>
      <source>Take one unit of the active line out, with a reason.</source>
      <translation>Wyjmij jedną sztukę z aktywnej pozycji, podając powód.</translation>
    </message>
    <message>
      <source>Read the scale, or type the weight.</source>
      <translation>Odczytaj wagę lub wpisz wagę ręcznie.</translation>
    </message>
    <message>
      <source>Reprint label / slips</source>
      <translation>Drukuj ponownie etykietę / ulotki</translation>
    </message>
    <message>
      <source>Print the documents of this order again.</source>
      <translation>Wydrukuj ponownie dokumenty tego zamówienia.</translation>
    </message>
    <message>
      <source>Cancel the shipping label of this order.</source>
      <translation>Anuluj etykietę wysyłkową tego zamówienia.</translation>
    </message>
    <message>
      <source>Suspend order</source>
      <translation>Wstrzymaj zamówienie</translation>
    </message>
    <message>
      <source>Park the order; resume it later at any bench.</source>
      <translation>Wstrzymaj zamówienie; wznów je później na dowolnym stanowisku.</translation>
    </message>
    <message>
      <source>Hand the order to the lead with a reason.</source>
      <translation>Przekaż zamówienie liderowi, podając powód.</translation>
    </message>
    <message>
      <source>A lead approves a blocked step: badge, PIN, reason.</source>
      <translation>Lider zatwierdza zablokowany krok: identyfikator, PIN, powód.</translation>
    </message>
    <message>
      <source>Close order</source>
      <translation>Zamknij zamówienie</translation>
    </message>
    <message>
      <source>Finish the order when every check is done.</source>
      <translation>Zakończ zamówienie, gdy wszystkie kontrole są wykonane.</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Następny krok</translation>
    </message>
    <message>
      <source>Do the next step the banner names: open the check it asks for again (after Esc), or say what the order waits for.</source>
      <translation>Wykonaj następny krok wskazany na banerze: ponownie otwórz kontrolę, o którą prosi (po Esc), albo pokaż, na co czeka zamówienie.</translation>
    </message>
    <message>
      <source>End your session at this bench.</source>
      <translation>Zakończ swoją sesję na tym stanowisku.</translation>
    </message>
    <message>
      <source>Two orders, several units</source>
      <translation>Dwa zamówienia, kilka sztuk</translation>
    </message>
    <message>
      <source>Fragile porcelain</source>
      <translation>Delikatna porcelana</translation>
    </message>
    <message>
      <source>A wrong item in the tote</source>
      <translation>Zły towar w pojemniku</translation>
    </message>
    <message>
      <source>A damaged unit</source>
      <translation>Uszkodzona sztuka</translation>
    </message>
    <message>
      <source>An expired lot</source>
      <translation>Przeterminowana partia</translation>
    </message>
    <message>
      <source>No serial number</source>
      <translation>Brak numeru seryjnego</translation>
    </message>
    <message>
      <source>A VIP customer</source>
      <translation>Klient VIP</translation>
    </message>
    <message>
      <source>The scale disagrees</source>
      <translation>Waga się nie zgadza</translation>
    </message>
    <message>
      <source>A bad day</source>
      <translation>Zły dzień</translation>
    </message>
    <message>
      <source>the wrong unit was scanned and refused</source>
      <translation>zły towar zeskanowano i odrzucono</translation>
    </message>
    <message>
      <source>the damaged unit failed the check and was replaced</source>
      <translation>uszkodzona sztuka nie przeszła kontroli i została wymieniona</translation>
    </message>
    <message>
      <source>the short order went to the lead</source>
      <translation>niekompletne zamówienie trafiło do lidera zmiany</translation>
    </message>
    <message>
      <source>the expired unit was refused and replaced</source>
      <translation>przeterminowaną sztukę odrzucono i wymieniono</translation>
    </message>
    <message>
      <source>the unit without a serial did not ship</source>
      <translation>sztuka bez numeru seryjnego nie została wysłana</translation>
    </message>
    <message>
      <source>the fragile item was wrapped and confirmed</source>
      <translation>kruchy towar owinięto i potwierdzono</translation>
    </message>
    <message>
      <source>the VIP slip went into the box and was scanned</source>
      <translation>ulotkę VIP włożono do kartonu i zeskanowano</translation>
    </message>
    <message>
      <source>the jam was cleared, the label reprinted (F7) and scanned on the box</source>
      <translation>zacięcie usunięto, etykietę wydrukowano ponownie (F7) i zeskanowano na kartonie</translation>
    </message>
    <message>
      <source>the cause was found in the box and the box re-weighed</source>
      <translation>przyczynę znaleziono w kartonie, a karton zważono ponownie</translation>
    </message>
    <message>
      <source>scan the faulty unit so the station refuses it</source>
      <translation>zeskanuj wadliwą sztukę, aby stanowisko ją odrzuciło</translation>
    </message>
    <message>
      <source>fail the damage check</source>
      <translation>oznacz kontrolę uszkodzeń jako niezaliczoną</translation>
    </message>
    <message>
      <source>scan a good unit in its place</source>
      <translation>zeskanuj w jej miejsce dobrą sztukę</translation>
    </message>
    <message>
      <source>send the order to the lead (F10)</source>
      <translation>przekaż zamówienie liderowi zmiany (F10)</translation>
    </message>
    <message>
      <source>wrap the fragile item and confirm the check</source>
      <translation>owiń kruchy towar i potwierdź kontrolę</translation>
    </message>
    <message>
      <source>find the cause on the bench (check the box's contents)</source>
      <translation>znajdź przyczynę na stanowisku (sprawdź zawartość kartonu)</translation>
    </message>
    <message>
      <source>weigh again after finding the cause</source>
      <translation>zważ ponownie po znalezieniu przyczyny</translation>
    </message>
    <message>
      <source>clear the jam in the printer</source>
      <translation>usuń zacięcie w drukarce</translation>
    </message>
    <message>
      <source>reprint the label (F7)</source>
      <translation>wydrukuj ponownie etykietę (F7)</translation>
    </message>
    <message>
      <source>scan the label on the box</source>
      <translation>zeskanuj etykietę na kartonie</translation>
    </message>
    <message>
      <source>put the slip in the box and scan it</source>
      <translation>włóż ulotkę do kartonu i zeskanuj ją</translation>
    </message>
    <message>
      <source>close the order</source>
      <translation>zamknij zamówienie</translation>
    </message>
    <message>
      <source>the order was not finished</source>
      <translation>zamówienie nie zostało ukończone</translation>
    </message>
  </context>
</TS>
