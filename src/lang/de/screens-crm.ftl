# screens-crm
