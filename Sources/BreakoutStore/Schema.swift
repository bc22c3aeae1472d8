import BreakoutCore
import GRDB

/// The session file's schema, one migration per released change; migrations run when a session is opened.
enum Schema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration(SchemaVersion.v1.rawValue) { db in
      try db.execute(
        sql: """
          CREATE TABLE session_info (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL,
            region TEXT,
            venue TEXT NOT NULL DEFAULT 'online',
            start_date TEXT,
            days INTEGER NOT NULL DEFAULT 1 CHECK (days >= 1),
            organisers TEXT NOT NULL DEFAULT '[]',
            created_at DATETIME NOT NULL
          );
          CREATE TABLE theme (
            id INTEGER PRIMARY KEY,
            short_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL
          );
          CREATE TABLE participant (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (name <> ''),
            organisation TEXT NOT NULL DEFAULT '',
            stakeholder_type TEXT NOT NULL DEFAULT 'unspecified',
            country TEXT NOT NULL DEFAULT '',
            email TEXT,
            preferred_theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL,
            role TEXT NOT NULL DEFAULT 'participant',
            consents_to_be_quoted INTEGER NOT NULL DEFAULT 0,
            group_id INTEGER REFERENCES breakout_group(id) ON DELETE SET NULL,
            is_locked INTEGER NOT NULL DEFAULT 0,
            created_at DATETIME NOT NULL
          );
          CREATE UNIQUE INDEX participant_email ON participant(lower(trim(email))) WHERE email IS NOT NULL;
          CREATE INDEX participant_group ON participant(group_id);
          CREATE TABLE breakout_group (
            id INTEGER PRIMARY KEY,
            theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE RESTRICT,
            number INTEGER NOT NULL,
            index_in_theme INTEGER NOT NULL,
            name TEXT NOT NULL,
            capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
            moderator_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
            rapporteur_id INTEGER REFERENCES participant(id) ON DELETE SET NULL
          );
          CREATE TABLE question (
            number INTEGER PRIMARY KEY CHECK (number >= 1),
            text TEXT NOT NULL
          );
          CREATE TABLE grouping_rule (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('apart', 'together')),
            first_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            second_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            UNIQUE (kind, first_id, second_id)
          );
          CREATE TABLE note (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES breakout_group(id) ON DELETE RESTRICT,
            question_number INTEGER NOT NULL REFERENCES question(number) ON DELETE RESTRICT,
            day INTEGER NOT NULL DEFAULT 1,
            created_at DATETIME NOT NULL,
            author TEXT NOT NULL,
            deleted_at DATETIME
          );
          CREATE INDEX note_group_question ON note(group_id, question_number);
          -- Every version of every note: an edit adds a row, nothing is overwritten.
          CREATE TABLE note_revision (
            note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
            tags TEXT NOT NULL DEFAULT '',
            is_key INTEGER NOT NULL DEFAULT 0,
            edited_at DATETIME NOT NULL,
            author TEXT NOT NULL,
            PRIMARY KEY (note_id, revision)
          );
          """)
    }
    migrator.registerMigration(SchemaVersion.v2.rawValue) { db in
      try db.execute(
        sql: """
          CREATE TABLE timebox (
            group_id INTEGER PRIMARY KEY REFERENCES breakout_group(id) ON DELETE CASCADE,
            question_number INTEGER NOT NULL,
            duration_seconds REAL NOT NULL,
            remaining_seconds REAL NOT NULL,
            started_at DATETIME
          );
          CREATE TABLE broadcast (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            sent_at DATETIME NOT NULL,
            author TEXT NOT NULL
          );
          -- The note a rapporteur is typing, saved every few keystrokes: one per person and group.
          CREATE TABLE draft (
            owner TEXT NOT NULL,
            group_id INTEGER NOT NULL REFERENCES breakout_group(id) ON DELETE CASCADE,
            question_number INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
            tags TEXT NOT NULL DEFAULT '',
            is_key INTEGER NOT NULL DEFAULT 0,
            editing_note_id INTEGER REFERENCES note(id) ON DELETE SET NULL,
            updated_at DATETIME NOT NULL,
            PRIMARY KEY (owner, group_id)
          );
          CREATE TABLE agenda_item (
            id INTEGER PRIMARY KEY,
            day INTEGER NOT NULL,
            starts_at TEXT NOT NULL,
            title TEXT NOT NULL,
            is_current INTEGER NOT NULL DEFAULT 0
          );
          """)
    }
    migrator.registerMigration(SchemaVersion.v3.rawValue) { db in
      // Screens reload when this number moves. Drafts are saved every few keystrokes and shown nowhere else, so
      // they do not count: otherwise every typing rapporteur would make every screen reload the whole session.
      try db.execute(
        sql: """
          CREATE TABLE change_counter (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
          INSERT INTO change_counter (id, version) VALUES (1, 0);
          """)
      let watched = [
        "session_info", "theme", "participant", "breakout_group", "question", "grouping_rule", "note", "note_revision",
        "timebox", "broadcast", "agenda_item",
      ]
      try countChanges(to: watched, in: db)
    }
    migrator.registerMigration(SchemaVersion.v4.rawValue) { db in
      try db.execute(
        sql: """
          CREATE TABLE plenary_item (
            id INTEGER PRIMARY KEY,
            section TEXT NOT NULL CHECK (section IN ('conclusions', 'recommendations', 'key-messages', 'next-steps')),
            text TEXT NOT NULL,
            speaker_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
            created_at DATETIME NOT NULL
          );
          """)
      try countChanges(to: ["plenary_item"], in: db)
    }
    migrator.registerMigration(SchemaVersion.v5.rawValue) { db in
      try db.execute(sql: "ALTER TABLE draft ADD COLUMN base_revision INTEGER")
    }
    migrator.registerMigration(SchemaVersion.v6.rawValue) { db in
      try db.execute(sql: "ALTER TABLE participant ADD COLUMN is_absent INTEGER NOT NULL DEFAULT 0")
    }
    migrator.registerMigration(SchemaVersion.v7.rawValue) { db in
      try db.execute(
        sql: """
          ALTER TABLE broadcast ADD COLUMN group_id INTEGER REFERENCES breakout_group(id) ON DELETE CASCADE;
          CREATE TABLE help_request (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES breakout_group(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            sent_at DATETIME NOT NULL,
            author TEXT NOT NULL,
            acknowledged_at DATETIME
          );
          """)
      try countChanges(to: ["help_request"], in: db)
    }
    migrator.registerMigration(SchemaVersion.v8.rawValue) { db in
      try db.execute(
        sql: """
          ALTER TABLE session_info ADD COLUMN purpose TEXT;
          ALTER TABLE question ADD COLUMN title TEXT;
          ALTER TABLE breakout_group ADD COLUMN introduction TEXT;
          CREATE TABLE not_identifying (word TEXT PRIMARY KEY);
          CREATE TABLE plenary_item_v8 (
            id INTEGER PRIMARY KEY,
            section TEXT NOT NULL
              CHECK (section IN ('conclusions', 'recommendations', 'key-messages', 'proceedings', 'next-steps')),
            text TEXT NOT NULL,
            speaker_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
            day INTEGER CHECK (day IS NULL OR day >= 1),
            created_at DATETIME NOT NULL
          );
          INSERT INTO plenary_item_v8 (id, section, text, speaker_id, created_at)
            SELECT id, section, text, speaker_id, created_at FROM plenary_item;
          DROP TABLE plenary_item;
          ALTER TABLE plenary_item_v8 RENAME TO plenary_item;
          """)
      // Dropping the old plenary table dropped its triggers too.
      try countChanges(to: ["plenary_item", "not_identifying"], in: db)
    }
    migrator.registerMigration(SchemaVersion.v9.rawValue) {
      db in
      let triggers = try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_counts' ESCAPE '\\'")
      for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger)") }
      try db.execute(
        sql: """
          DROP TABLE change_counter;
          CREATE TABLE region_change (region TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0);
          ALTER TABLE note ADD COLUMN changed_in INTEGER NOT NULL DEFAULT 0;
          CREATE INDEX note_changed_in ON note(changed_in);
          """)
      for region in Region.allCases {
        try db.execute(sql: "INSERT INTO region_change (region) VALUES (?)", arguments: [region.rawValue])
        for table in region.tables {
          for event in ["INSERT", "UPDATE", "DELETE"] {
            try db.execute(
              sql: """
                CREATE TRIGGER \(table)_\(event.lowercased())_moves_\(region.rawValue) AFTER \(event) ON \(table)
                BEGIN UPDATE region_change SET version = version + 1 WHERE region = '\(region.rawValue)'; END
                """)
          }
        }
      }
      // A note is stamped with the notes' counter each time it is added, edited, moved or deleted, so a screen
      // reads only the notes changed since it last looked. Removing rows (a purge) moves a counter of its own.
      let stamp = """
        UPDATE region_change SET version = version + 1 WHERE region = 'notes';
        UPDATE note SET changed_in = (SELECT version FROM region_change WHERE region = 'notes')
        """
      try db.execute(
        sql: """
          CREATE TRIGGER note_insert_stamps AFTER INSERT ON note BEGIN \(stamp) WHERE id = NEW.id; END;
          CREATE TRIGGER note_update_stamps AFTER UPDATE OF group_id, question_number, day, deleted_at ON note
          BEGIN \(stamp) WHERE id = NEW.id; END;
          CREATE TRIGGER note_revision_insert_stamps AFTER INSERT ON note_revision
          BEGIN \(stamp) WHERE id = NEW.note_id; END;
          -- A speaker taken off the roster leaves the revisions that named them (ON DELETE SET NULL).
          CREATE TRIGGER note_revision_update_stamps AFTER UPDATE ON note_revision
          BEGIN \(stamp) WHERE id = NEW.note_id; END;
          CREATE TRIGGER note_delete_moves_notes_removed AFTER DELETE ON note
          BEGIN UPDATE region_change SET version = version + 1 WHERE region = 'notes-removed'; END;
          """)
    }
    // A client that keeps notes while the server cannot be reached names each one, so sending it again after a
    // lost answer writes nothing twice. (SQLite adds a column without UNIQUE; the index makes it so.)
    migrator.registerMigration(SchemaVersion.v10.rawValue) { db in
      try db.execute(
        sql: """
          ALTER TABLE note_revision ADD COLUMN client_id TEXT;
          CREATE UNIQUE INDEX note_revision_client_id ON note_revision(client_id);
          """)
    }
    migrator.registerMigration(SchemaVersion.v11.rawValue) { db in
      try db.execute(sql: "ALTER TABLE session_info ADD COLUMN language TEXT NOT NULL DEFAULT 'en'")
    }
    // Every session so far was one round: its groups and its people's places are round 1's.
    migrator.registerMigration(SchemaVersion.v12.rawValue) { db in
      try db.execute(
        sql: """
          CREATE TABLE breakout_round (
            number INTEGER PRIMARY KEY CHECK (number >= 1),
            name TEXT,
            is_current INTEGER NOT NULL DEFAULT 0
          );
          INSERT INTO breakout_round (number, is_current) VALUES (1, 1);
          ALTER TABLE breakout_group ADD COLUMN round_number INTEGER NOT NULL DEFAULT 1;
          CREATE TABLE round_seat (
            round_number INTEGER NOT NULL REFERENCES breakout_round(number) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            group_id INTEGER NOT NULL REFERENCES breakout_group(id) ON DELETE CASCADE,
            is_locked INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (round_number, participant_id)
          );
          """)
      for table in Region.roundTables {
        for event in ["INSERT", "UPDATE", "DELETE"] {
          try db.execute(
            sql: """
              CREATE TRIGGER \(table)_\(event.lowercased())_moves_groups AFTER \(event) ON \(table)
              BEGIN UPDATE region_change SET version = version + 1 WHERE region = 'groups'; END
              """)
        }
      }
    }
    return migrator
  }

  /// The parts of a session that change apart (see `SchemaRegion`).
  typealias Region = SchemaRegion

  /// Makes every change to these tables move the change counter that screens reloaded on (v3 to v8; v9 replaced
  /// it with a counter per region).
  static func countChanges(to tables: [String], in db: Database) throws {
    for table in tables {
      for event in ["INSERT", "UPDATE", "DELETE"] {
        try db.execute(
          sql: """
            CREATE TRIGGER \(table)_\(event.lowercased())_counts AFTER \(event) ON \(table)
            BEGIN UPDATE change_counter SET version = version + 1 WHERE id = 1; END
            """)
      }
    }
  }
}
