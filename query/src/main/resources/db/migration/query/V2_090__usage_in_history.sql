-- Who held what over time, without a row per allocation: a consumer_history version lists the
-- consumer's allocations ("<rp uuid>:<class>=<used>,...;..."), a provider_history state its usage
-- ("<class>=<used>,...": `used` for the row's first state, in `changes` for the later ones, which
-- therefore get longer). V2_091 fills them in from allocation_history, which V2_092 drops.
ALTER TABLE provider_history ADD COLUMN used VARCHAR DEFAULT '' NOT NULL;
ALTER TABLE provider_history ALTER COLUMN changes SET DATA TYPE VARCHAR;
ALTER TABLE consumer_history ADD COLUMN allocations VARCHAR DEFAULT '' NOT NULL;
