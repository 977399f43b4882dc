## Stored salutations: gender, academic title and surname of person customers and contacts (src/domain/salutation.rs, src/domain/fields/customer*.rs, src/tui/screens/customer_forms.rs)

salutation-gender-unknown = “{$text}” is no gender: use female, male or unknown (divers greets neutrally, like unknown)
salutation-company-addressed = a company is greeted through its contacts: gender, title and surname belong to persons

domain-field-customer-gender = Gender
domain-help-customer-gender = How a person customer is greeted: female, male or unknown (divers greets neutrally)
domain-field-customer-title = Title
domain-help-customer-title = Academic title of a person customer, e.g. Dr. or Prof. Dr.
domain-field-customer-surname = Surname
domain-help-customer-surname = Surname of a person customer when it is not the last word of the name, e.g. von der Leyen
domain-field-customer-contact-gender = Contact gender
domain-help-customer-contact-gender = The gender of the contact at the same place: female, male or unknown (repeatable)
domain-field-customer-contact-title = Contact title
domain-help-customer-contact-title = The academic title of the contact at the same place, e.g. Dr. (repeatable)
domain-field-customer-contact-surname = Contact surname
domain-help-customer-contact-surname = The surname of the contact at the same place when it is not the last word of the name (repeatable)

cli-field-gender = gender
cli-field-surname = surname
cli-field-contact-gender = contact_gender
cli-field-contact-title = contact_title
cli-field-contact-surname = contact_surname
cli-help-customer-add--gender = How a person customer is greeted: female, male or unknown (divers greets neutrally)
cli-help-customer-add--title = Academic title of a person customer, e.g. Dr. or Prof. Dr.
cli-help-customer-add--surname = Surname of a person customer when it is not the last word of the name, e.g. von der Leyen
cli-help-customer-add--contact-gender = The gender of the contact at the same place: female, male or unknown (repeatable)
cli-help-customer-add--contact-title = The academic title of the contact at the same place, e.g. Dr. (repeatable)
cli-help-customer-add--contact-surname = The surname of the contact at the same place when it is not the last word of the name (repeatable)
cli-help-customer-edit--gender = How a person customer is greeted: female, male or unknown (divers greets neutrally)
cli-help-customer-edit--title = Academic title of a person customer, e.g. Dr. or Prof. Dr.
cli-help-customer-edit--surname = Surname of a person customer when it is not the last word of the name, e.g. von der Leyen
cli-help-customer-edit--contact-gender = The gender of the contact at the same place: female, male or unknown (repeatable)
cli-help-customer-edit--contact-title = The academic title of the contact at the same place, e.g. Dr. (repeatable)
cli-help-customer-edit--contact-surname = The surname of the contact at the same place when it is not the last word of the name (repeatable)
cli-help-customer-edit--salute-contact = Set how a contact is greeted: NAME:GENDER[:TITLE[:SURNAME]], gender female, male or unknown, e.g. "Anna Müller:female:Dr." (repeatable)

salutation-gender-female = female
salutation-gender-male = male
crm-label-contact-salutations = Greetings
