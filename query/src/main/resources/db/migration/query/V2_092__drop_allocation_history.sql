-- Its versions now live in consumer_history.allocations and provider_history's usage (V2_090, V2_091).
DROP TABLE allocation_history;
