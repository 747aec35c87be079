-- Records keyed by CCCD: clear metadata (jsonb) and AES-256-GCM sealed templates (bytea); no images.
CREATE TABLE records (
  cccd        char(12)    PRIMARY KEY,
  meta        jsonb       NOT NULL,
  key_id      text        NOT NULL,
  sealed      bytea       NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Append-only decisions and record changes: scores and reason codes, never biometric data.
CREATE TABLE audit (
  id          bigserial   PRIMARY KEY,
  cccd        char(12)    NOT NULL,
  at          timestamptz NOT NULL,
  entry       jsonb       NOT NULL
);
CREATE INDEX audit_cccd_at ON audit (cccd, at DESC, id DESC);

CREATE TABLE settings (
  name        text        PRIMARY KEY,
  value       bytea       NOT NULL
);
