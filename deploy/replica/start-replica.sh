#!/usr/bin/env bash
# The streaming replica of the compose profile "scaled": a hot standby of the service "db".
# On its first start it lets replication connections into the primary (the stock image only
# allows them from the primary's own host), takes a base backup with pg_basebackup -R, and
# then runs PostgreSQL as a standby that follows the primary.
set -euo pipefail
export PGPASSWORD="$PRIMARY_PASSWORD"
until pg_isready -h "$PRIMARY_HOST" -U "$PRIMARY_USER" -d "$PRIMARY_DB" -q; do sleep 1; done

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  psql -h "$PRIMARY_HOST" -U "$PRIMARY_USER" -d "$PRIMARY_DB" -v ON_ERROR_STOP=1 -q <<'SQL'
do $$
begin
    if not exists (select 1 from pg_hba_file_rules where 'replication' = any (database) and address = 'all') then
        execute format('copy (select %L) to program %L', 'host replication all all scram-sha-256',
                       'cat >> ' || current_setting('hba_file'));
        perform pg_reload_conf();
    end if;
end
$$;
SQL
  sleep 1
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  gosu postgres env PGPASSWORD="$PRIMARY_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -U "$PRIMARY_USER" \
      -D "$PGDATA" -R -X stream --checkpoint=fast
fi
exec gosu postgres postgres -c hot_standby=on
