-- A reaction names only the message it was put on, so listOpenByCard looks a task card up by its
-- activity id (#14). The primary key starts with the task, so without this index the lookup walked
-- every card of the tenant. network_id and task_id are in the index so the lookup never reads the
-- table itself.
CREATE INDEX task_cards_by_activity ON task_cards (tenant_id, activity_id, network_id, task_id);
