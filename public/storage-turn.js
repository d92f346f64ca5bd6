// Almanac's tabs take turns to write to local storage (the Web Locks API), so that one tab's
// read, check and write of a record cannot interleave with another's (src/state/writes.rs).
// A turn alone is not enough: Chromium hands one tab's writes to the others a moment later, so a
// tab could take its turn holding an old copy of a record and write over the other tab's change.
// So each turn notes in IndexedDB, which every tab reads alike, a fingerprint of each record it
// wrote, and the next turn first waits until this tab's copy of those records has caught up.
(function () {
  "use strict";
  var LOCK = "almanac.storage";
  var DATABASE = "almanac-turns";
  var STORE = "written";
  // A copy that has not caught up by then was changed outside a turn (an older Almanac, say):
  // it is taken as it is. Generous, as a busy phone can take a while to pass a write on.
  var CATCH_UP_MS = 3000;

  function fingerprint(text) {
    if (text === null) return null;
    var hash = 0x811c9dc5; // FNV-1a over the UTF-16 code units
    for (var i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return text.length + ":" + (hash >>> 0);
  }

  function result(request) {
    return new Promise(function (resolve, reject) {
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  var opened = null;
  function database() {
    if (!opened) {
      var request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE); };
      opened = result(request).then(function (db) {
        // "Delete everything" deletes this database too: let it.
        db.onversionchange = function () { db.close(); opened = null; };
        return db;
      });
      opened.catch(function () { opened = null; });
    }
    return opened;
  }

  function noted(db, names) {
    var store = db.transaction(STORE).objectStore(STORE);
    return Promise.all(names.map(function (name) { return result(store.get(name)); }));
  }

  function caughtUp(names, prints) {
    return names.every(function (name, i) {
      return prints[i] === undefined || fingerprint(localStorage.getItem(name)) === prints[i];
    });
  }

  function waitUntilCaughtUp(names, prints, deadline) {
    if (caughtUp(names, prints) || Date.now() > deadline) return null;
    return new Promise(function (resolve) { setTimeout(resolve, 5); }).then(function () {
      return waitUntilCaughtUp(names, prints, deadline);
    });
  }

  function note(db, names) {
    return new Promise(function (resolve, reject) {
      var transaction = db.transaction(STORE, "readwrite");
      var store = transaction.objectStore(STORE);
      names.forEach(function (name) { store.put(fingerprint(localStorage.getItem(name)), name); });
      transaction.oncomplete = resolve;
      transaction.onerror = transaction.onabort = function () { reject(transaction.error); };
    });
  }

  // Runs `write` (which writes the records named in `names`) in this tab's turn, once this tab's
  // copy of them is up to date. Without locks or IndexedDB it runs at once, or in a plain turn.
  window.almanacStorageTurn = function (names, write) {
    var written = false;
    function writeOnce() {
      if (!written) {
        written = true;
        write();
      }
    }
    if (!navigator.locks) return writeOnce();
    navigator.locks
      .request(LOCK, function () {
        return database().then(
          function (db) {
            return noted(db, names)
              .then(function (prints) { return waitUntilCaughtUp(names, prints, Date.now() + CATCH_UP_MS); })
              .then(function () {
                writeOnce();
                return note(db, names);
              });
          },
          writeOnce,
        );
      })
      .catch(writeOnce);
  };

  window.almanacForgetTurns = function () {
    try {
      indexedDB.deleteDatabase(DATABASE);
    } catch (blocked) {
      // No IndexedDB: nothing was noted.
    }
  };
})();
