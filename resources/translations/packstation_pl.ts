<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
  <context>
    <name>Packstation</name>
    <message>
      <source>ORDER OPEN</source>
      <translation>ZAMÓWIENIE OTWARTE</translation>
    </message>
    <message>
      <source>Order {ref}: {n} units to pack</source>
      <translation>Zamówienie {ref}: {n} szt. do spakowania</translation>
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
    <message>
      <source>Empty database</source>
      <translation>Pusta baza danych</translation>
    </message>
    <message>
      <source>This database has no orders or users yet. Load demo data (orders, boxes and demo users)?</source>
      <translation>Ta baza danych nie ma jeszcze zamówień ani użytkowników. Wczytać dane demonstracyjne (zamówienia, kartony i użytkownicy demo)?</translation>
    </message>
    <message>
      <source>How many units of {sku} ({left} still to pack)?</source>
      <translation>Ile sztuk {sku} (pozostało do spakowania: {left})?</translation>
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
      <source>{check} check — {sku}</source>
      <translation>Kontrola {check} — {sku}</translation>
    </message>
    <message>
      <source>FAILED: {what}</source>
      <translation>NIEZALICZONE: {what}</translation>
    </message>
    <message>
      <source>OVERRIDDEN</source>
      <translation>ZATWIERDZONE PRZEZ LIDERA</translation>
    </message>
    <message>
      <source>A lead approved: {reason}</source>
      <translation>Lider zatwierdził: {reason}</translation>
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
      <source>order</source>
      <translation>zamówienie</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>NIEZALICZONE</translation>
    </message>
    <message>
      <source>4-12 digits</source>
      <translation>4–12 cyfr</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>Dodaj osobę</translation>
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
      <source>Selected person</source>
      <translation>Wybrana osoba</translation>
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
      <source>Deactivate / activate</source>
      <translation>Dezaktywuj / aktywuj</translation>
    </message>
    <message>
      <source>Add station</source>
      <translation>Dodaj stanowisko</translation>
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
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rola</translation>
    </message>
    <message>
      <source>New PIN</source>
      <translation>Nowy PIN</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Osoby</translation>
    </message>
    <message>
      <source>Stations</source>
      <translation>Stanowiska</translation>
    </message>
    <message>
      <source>Note: what was done (required to resolve)</source>
      <translation>Notatka: co zrobiono (wymagana do rozwiązania)</translation>
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
      <source>Packstation — shift lead</source>
      <translation>Packstation — lider zmiany</translation>
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
      <source>Campaigns</source>
      <translation>Kampanie</translation>
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
      <source>{action} is not possible now.</source>
      <translation>{action} nie jest teraz możliwe.</translation>
    </message>
    <message>
      <source>WELCOME</source>
      <translation>WITAJ</translation>
    </message>
    <message>
      <source>{name} at {station}</source>
      <translation>{name} na stanowisku {station}</translation>
    </message>
    <message>
      <source>%v of %m units</source>
      <translation>%v z %m szt.</translation>
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
      <source>Acknowledge the stop first: press Esc or scan CMD-ACK.</source>
      <translation>Najpierw potwierdź stop: naciśnij Esc lub zeskanuj CMD-ACK.</translation>
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
      <source>Finish or close the open dialog first (Esc).</source>
      <translation>Najpierw dokończ lub zamknij otwarte okno (Esc).</translation>
    </message>
    <message>
      <source>Signed out after {m} idle minutes</source>
      <translation>Wylogowano po {m} min bezczynności</translation>
    </message>
    <message>
      <source>print queue</source>
      <translation>kolejka wydruku</translation>
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
      <source>Box</source>
      <translation>Karton</translation>
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
      <source>none</source>
      <translation>brak</translation>
    </message>
    <message>
      <source>Scan an order or tote barcode</source>
      <translation>Zeskanuj kod zamówienia lub pojemnika</translation>
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
    <message>
      <source>… and {n} more checks</source>
      <translation>… i jeszcze {n} kontroli</translation>
    </message>
    <message>
      <source>Failed: {check} — fix it or ask a lead (F11)</source>
      <translation>Niezaliczone: {check} — popraw lub poproś lidera (F11)</translation>
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
      <source>What</source>
      <translation>Co</translation>
    </message>
    <message>
      <source>Lead badge</source>
      <translation>Identyfikator lidera</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Powód</translation>
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
      <source>{done} of {wanted} captured: {values}</source>
      <translation>Zarejestrowano {done} z {wanted}: {values}</translation>
    </message>
    <message>
      <source>grams</source>
      <translation>gramy</translation>
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
      <source>S  read the scale      Enter  record the typed weight</source>
      <translation>S  odczytaj wagę      Enter  zapisz wpisaną wagę</translation>
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
      <source>Y  the date is fine      N  expired or too short</source>
      <translation>Y  data jest w porządku      N  przeterminowane lub za krótka</translation>
    </message>
    <message>
      <source>Y  yes, done / undamaged      N  no, damaged or missing</source>
      <translation>Y  tak, zrobione / nieuszkodzone      N  nie, uszkodzone lub brak</translation>
    </message>
    <message>
      <source>{value} was already captured.</source>
      <translation>{value} został już zarejestrowany.</translation>
    </message>
    <message>
      <source>Scan your badge to start</source>
      <translation>Zeskanuj identyfikator, aby zacząć</translation>
    </message>
    <message>
      <source>PIN, then Enter</source>
      <translation>PIN, potem Enter</translation>
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
      <source>PRINTER FAULT — {jobs}. Fix the printer, then F7 to reprint.</source>
      <translation>BŁĄD DRUKARKI — {jobs}. Napraw drukarkę, potem F7, aby wydrukować ponownie.</translation>
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
      <source>Scan each printed slip and the label to prove they are in and on the box.</source>
      <translation>Zeskanuj każdą wydrukowaną ulotkę i etykietę, aby potwierdzić, że są w kartonie i na nim.</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Drukowanie…</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Gotowe</translation>
    </message>
    <message>
      <source>Acknowledged — carry on</source>
      <translation>Potwierdzono — kontynuuj</translation>
    </message>
    <message>
      <source>Press Esc or scan CMD-ACK to continue</source>
      <translation>Naciśnij Esc lub zeskanuj CMD-ACK, aby kontynuować</translation>
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
      <source>COMMAND</source>
      <translation>POLECENIE</translation>
    </message>
    <message>
      <source>{sku} — {scanned} of {ordered}</source>
      <translation>{sku} — {scanned} z {ordered}</translation>
    </message>
    <message>
      <source>{sku} needs only {ordered}. Take the extra unit out of the box.</source>
      <translation>{sku}: potrzeba tylko {ordered}. Wyjmij nadmiarową sztukę z kartonu.</translation>
    </message>
    <message>
      <source>{sku} is not in this order. Put it aside.</source>
      <translation>{sku} nie należy do tego zamówienia. Odłóż go.</translation>
    </message>
    <message>
      <source>Barcode {raw} is not in the catalogue. Put the item aside.</source>
      <translation>Kodu {raw} nie ma w katalogu. Odłóż towar.</translation>
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
      <source>Scan the items</source>
      <translation>Skanuj towary</translation>
    </message>
    <message>
      <source>Quality checks</source>
      <translation>Kontrole jakości</translation>
    </message>
    <message>
      <source>Slips</source>
      <translation>Ulotki</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Etykieta</translation>
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
      <translation>Zbyt wiele błędnych PIN-ów dla {user}; odczekaj dziesięć minut lub poproś administratora.</translation>
    </message>
    <message>
      <source>{user} has no PIN yet; an admin must set one.</source>
      <translation>{user} nie ma jeszcze PIN-u; musi go ustawić administrator.</translation>
    </message>
    <message>
      <source>{user} is not a shift lead; a lead must approve this.</source>
      <translation>{user} nie jest liderem zmiany; musi to zatwierdzić lider.</translation>
    </message>
    <message>
      <source>Order {order} was cancelled by the shop. Do not pack it.</source>
      <translation>Zamówienie {order} zostało anulowane przez sklep. Nie pakuj go.</translation>
    </message>
    <message>
      <source>No unit of {sku} is in the box.</source>
      <translation>W kartonie nie ma żadnej sztuki {sku}.</translation>
    </message>
    <message>
      <source>{grams} g is not a weight; put the box on the scale.</source>
      <translation>{grams} g to nie jest waga; postaw karton na wadze.</translation>
    </message>
    <message>
      <source>Scan or type the serial number.</source>
      <translation>Zeskanuj lub wpisz numer seryjny.</translation>
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
      <translation>Zamówienie na prezent: sprawdź, że list przewozowy nie pokazuje cen, a wiadomość do prezentu jest w kartonie.</translation>
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
      <source>Fragile item</source>
      <translation>Towar kruchy</translation>
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
      <source>SKU</source>
      <translation>Indeks</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <source>Bin</source>
      <translation>Lokacja</translation>
    </message>
    <message>
      <source>Scanned</source>
      <translation>Zeskanowano</translation>
    </message>
    <message>
      <source>Capture</source>
      <translation>Rejestracja</translation>
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
      <source>Sign out</source>
      <translation>Wyloguj</translation>
    </message>
    <message>
      <source>End your session at this bench.</source>
      <translation>Zakończ swoją sesję na tym stanowisku.</translation>
    </message>
  </context>
</TS>
