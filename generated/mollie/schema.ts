// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/mollie.yaml
// Content sha256 f35c35b50c11595c (of the text below this banner)

export interface paths {
    "/v2/sales-invoices/{salesInvoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update sales invoice
         * @description Changes a sales invoice. While the invoice is a draft every field below can change. Moving
         *     it to `issued` sends it to the recipient and needs `emailDetails`; moving it to `paid`
         *     records a payment for the full amount and needs `paymentDetails`. Returns the whole invoice
         *     as it is after the change.
         */
        patch: operations["updateSalesInvoice"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Identifier of a sales invoice, `invoice_` followed by letters and digits.
         * @example invoice_4Y0eZitmBnQ6IDoMqZQKh
         */
        SalesInvoiceId: `invoice_${string}`;
        /**
         * @description Identifier of a Mollie website profile. Mollie's profile ids start with `pfl_`; a response is
         *     not checked for it, as Mollie's OpenAPI description declares a plain string.
         * @example pfl_QkEhN94Ba
         */
        ProfileId: string;
        /**
         * @description Identifier of a sales invoice as Mollie returns it, `invoice_` followed by anything.
         * @example invoice_4Y0eZitmBnQ6IDoMqZQKh
         */
        ReturnedSalesInvoiceId: `invoice_${string}`;
        /**
         * @description Identifier of a Mollie customer, `cst_` followed by letters and digits.
         * @example cst_8wmqcHMN4U
         */
        CustomerId: `cst_${string}`;
        /**
         * @description Identifier of a Mollie mandate, `mdt_` followed by letters and digits.
         * @example mdt_pWUnw6pkBN
         */
        MandateId: `mdt_${string}`;
        /** @description A money amount with its currency. */
        Amount: {
            /**
             * @description ISO 4217 currency code, three letters.
             * @example EUR
             */
            currency: string;
            /**
             * @description The amount as a decimal string, with as many decimals as the currency uses.
             * @example 89.00
             */
            value: string;
        };
        /**
         * @description A status to move a sales invoice to.
         * @example issued
         * @enum {string}
         */
        SalesInvoiceStatusUpdate: "draft" | "issued" | "paid" | "cancelled";
        /**
         * @description How long the recipient has to pay. Mollie uses 30 days when none is set.
         * @example 30 days
         * @enum {string|null}
         */
        PaymentTerm: "7 days" | "14 days" | "30 days" | "45 days" | "60 days" | "90 days" | "120 days" | null;
        /**
         * @description The payment that settles the invoice when it moves to `paid`. A payment made through a
         *     Mollie payment or payment link must name it in `sourceReference`.
         * @example {
         *       "source": "payment-link",
         *       "sourceReference": "pl_d9fQur83kFdhH8hIhaZfq"
         *     }
         */
        PaymentDetails: components["schemas"]["ManualPaymentDetails"] | components["schemas"]["LinkedPaymentDetails"];
        /** @description A payment recorded by hand, outside Mollie. */
        ManualPaymentDetails: {
            /**
             * @description The payment was made outside Mollie.
             * @constant
             */
            source: "manual";
            /**
             * @description Your own reference for the payment, if any.
             * @example bank transfer 2024-10-05
             */
            sourceReference?: string | null;
        };
        /** @description A payment made through a Mollie payment or payment link. */
        LinkedPaymentDetails: {
            /**
             * @description Whether the payment came from a payment link or a payment.
             * @example payment-link
             * @enum {string}
             */
            source: "payment-link" | "payment";
            /**
             * @description The Mollie identifier of the payment link or payment (for example `pl_…`, `tr_…`).
             * @example pl_d9fQur83kFdhH8hIhaZfq
             */
            sourceReference: string;
        };
        /** @description The email that carries the invoice to the recipient. */
        EmailDetails: {
            /**
             * @description Subject line of the email.
             * @example Your invoice INV-0000001
             */
            subject: string;
            /**
             * @description Text of the email; `\n` starts a new line.
             * @example Please find your invoice attached.
             */
            body: string;
        };
        /**
         * @description Whether the recipient is a person or an organization.
         * @example consumer
         * @enum {string}
         */
        RecipientType: "consumer" | "business";
        /**
         * @description Language and region the invoice and email are written in.
         * @example nl_NL
         * @enum {string}
         */
        RecipientLocale: "en_US" | "en_GB" | "nl_NL" | "nl_BE" | "de_DE" | "de_AT" | "de_CH" | "fr_FR" | "fr_BE";
        /**
         * @description A person's name part; at least two characters and not only digits.
         * @example Family
         */
        PersonName: string | null;
        /**
         * @description Who the invoice is addressed to. Mollie stores this under `recipientIdentifier` and reuses
         *     it. A business recipient needs a VAT number, an organization number, or both. Changing
         *     the recipient means sending the whole object.
         * @example {
         *       "type": "business",
         *       "organizationName": "Organization Corp.",
         *       "vatNumber": "NL123456789B01",
         *       "email": "billing@example.org",
         *       "streetAndNumber": "Keizersgracht 126",
         *       "postalCode": "1015 CW",
         *       "city": "Amsterdam",
         *       "country": "NL",
         *       "locale": "nl_NL"
         *     }
         */
        Recipient: components["schemas"]["RecipientFields"] & (components["schemas"]["ConsumerRecipientRule"] | components["schemas"]["BusinessRecipientRule"]);
        /** @description A person; no organization details are needed. */
        ConsumerRecipientRule: {
            /**
             * @description The recipient is a person.
             * @constant
             */
            type: "consumer";
        };
        /** @description An organization; it must carry a VAT number, an organization number, or both. */
        BusinessRecipientRule: components["schemas"]["BusinessWithVatNumber"] | components["schemas"]["BusinessWithOrganizationNumber"];
        /** @description An organization identified by its VAT number. */
        BusinessWithVatNumber: {
            /**
             * @description The recipient is an organization.
             * @constant
             */
            type: "business";
            /**
             * @description The recipient's VAT number.
             * @example NL123456789B01
             */
            vatNumber: string;
        };
        /** @description An organization identified by its chamber of commerce number. */
        BusinessWithOrganizationNumber: {
            /**
             * @description The recipient is an organization.
             * @constant
             */
            type: "business";
            /**
             * @description The recipient's organization (chamber of commerce) number.
             * @example 12345678
             */
            organizationNumber: string;
        };
        /** @description Every field a recipient can carry. */
        RecipientFields: {
            /** @description Person or organization. */
            type: components["schemas"]["RecipientType"];
            /**
             * @description Form of address for a person, such as `Mrs.`.
             * @example Mrs.
             */
            title?: string | null;
            /** @description Given name of a person. */
            givenName?: components["schemas"]["PersonName"];
            /** @description Family name of a person. */
            familyName?: components["schemas"]["PersonName"];
            /**
             * @description Name of an organization.
             * @example Organization Corp.
             */
            organizationName?: string | null;
            /**
             * @description Chamber of commerce number of an organization.
             * @example 12345678
             */
            organizationNumber?: string | null;
            /**
             * @description VAT number of an organization.
             * @example NL123456789B01
             */
            vatNumber?: string | null;
            /**
             * @description Where the invoice is sent; write a non-ASCII domain in punycode.
             * @example given.family@mollie.com
             */
            email: string;
            /**
             * @description Phone number, preferably in E.164 format.
             * @example +31208202070
             */
            phone?: string | null;
            /**
             * @description Street and house number.
             * @example Keizersgracht 126
             */
            streetAndNumber: string;
            /**
             * @description A second address line.
             * @example 4th floor
             */
            streetAdditional?: string | null;
            /**
             * @description Postal code.
             * @example 1015 CW
             */
            postalCode: string;
            /**
             * @description City.
             * @example Amsterdam
             */
            city: string;
            /**
             * @description Region, province or state.
             * @example Noord-Holland
             */
            region?: string | null;
            /**
             * @description ISO 3166-1 alpha-2 country code, two letters.
             * @example NL
             */
            country: string;
            /** @description Language of the invoice and email. Mollie does not return it in responses. */
            locale: components["schemas"]["RecipientLocale"];
        };
        /** @description The recipient as Mollie returns it (without `locale`). */
        RecipientResponse: {
            /**
             * @description Person or organization.
             * @example consumer
             */
            type?: "consumer" | "business" | (string & {});
            /**
             * @description Form of address.
             * @example null
             */
            title?: string | null;
            /**
             * @description Given name.
             * @example Given
             */
            givenName?: string | null;
            /**
             * @description Family name.
             * @example Family
             */
            familyName?: string | null;
            /**
             * @description Organization name.
             * @example null
             */
            organizationName?: string | null;
            /**
             * @description Organization number.
             * @example null
             */
            organizationNumber?: string | null;
            /**
             * @description VAT number.
             * @example null
             */
            vatNumber?: string | null;
            /**
             * @description Email address.
             * @example given.family@mollie.com
             */
            email?: string;
            /**
             * @description Phone number.
             * @example null
             */
            phone?: string | null;
            /**
             * @description Street and house number.
             * @example Keizersgracht 126
             */
            streetAndNumber?: string;
            /**
             * @description A second address line.
             * @example null
             */
            streetAdditional?: string | null;
            /**
             * @description Postal code.
             * @example 1015 CW
             */
            postalCode?: string;
            /**
             * @description City.
             * @example Amsterdam
             */
            city?: string;
            /**
             * @description Region.
             * @example Noord-Holland
             */
            region?: string | null;
            /**
             * @description Country code.
             * @example NL
             */
            country?: string;
            /**
             * @description Language, if Mollie ever returns it.
             * @example nl_NL
             */
            locale?: string;
        };
        /**
         * @description Whether a discount is a fixed amount or a percentage.
         * @example percentage
         * @enum {string}
         */
        DiscountType: "amount" | "percentage";
        /** @description A discount on a line or on the whole invoice. */
        Discount: {
            /** @description Amount or percentage. */
            type: components["schemas"]["DiscountType"];
            /**
             * @description The discount as a decimal string, in the invoice's currency or in percent.
             * @example 10.00
             */
            value: string;
        };
        /** @description A discount, or null for none. */
        NullableDiscount: components["schemas"]["Discount"] | null;
        /** @description One line of a sales invoice. Every line must use the invoice's currency. */
        LineItem: {
            /**
             * @description What the line is for.
             * @example LEGO 4440 Forest Police Station
             */
            description: string;
            /**
             * @description Number of units.
             * @example 1
             */
            quantity: number;
            /**
             * @description VAT rate in percent as a decimal string.
             * @example 21.00
             */
            vatRate: string;
            /** @description Price of one unit excluding VAT; may be zero. */
            unitPrice: components["schemas"]["Amount"];
            /** @description A discount on this line only. */
            discount?: components["schemas"]["NullableDiscount"];
        };
        /**
         * @description Body of Update sales invoice. Send at least one field. `status: paid` needs
         *     `paymentDetails`; `status: issued` needs `emailDetails`.
         * @example {
         *       "status": "paid",
         *       "paymentDetails": {
         *         "source": "manual"
         *       }
         *     }
         */
        SalesInvoiceUpdate: components["schemas"]["SalesInvoiceUpdateFields"] & (components["schemas"]["PaidStatusRule"] | components["schemas"]["IssuedStatusRule"] | components["schemas"]["OtherStatusRule"]);
        /** @description Moving to `paid` records a payment, so the payment must be described. */
        PaidStatusRule: {
            /**
             * @description The invoice becomes paid.
             * @constant
             */
            status: "paid";
            /** @description The payment that settles the invoice. */
            paymentDetails: components["schemas"]["PaymentDetails"];
        };
        /** @description Moving to `issued` sends the invoice, so the email must be described. */
        IssuedStatusRule: {
            /**
             * @description The invoice is issued and sent.
             * @constant
             */
            status: "issued";
            /** @description The email that carries the invoice. */
            emailDetails: components["schemas"]["EmailDetails"];
        };
        /** @description No status change, or a change to `draft` or `cancelled`, needs no extra details. */
        OtherStatusRule: {
            /**
             * @description The invoice stays a draft or is cancelled.
             * @example draft
             * @enum {string}
             */
            status?: "draft" | "cancelled";
        };
        /**
         * @description Every field Update sales invoice accepts. Fields this contract does not list are sent as
         *     given and left to Mollie.
         */
        SalesInvoiceUpdateFields: {
            /**
             * @description Act on a test-mode invoice. Only organization access tokens and OAuth tokens may send
             *     it; API keys are bound to one mode and must leave it out. It never changes the mode of
             *     the invoice itself.
             * @example true
             */
            testmode?: boolean;
            /** @description The status the invoice should end up in. */
            status?: components["schemas"]["SalesInvoiceStatusUpdate"];
            /**
             * @description Free text printed on the invoice PDF.
             * @example Thank you for your order.
             */
            memo?: string | null;
            /** @description How long the recipient has to pay. */
            paymentTerm?: components["schemas"]["PaymentTerm"];
            /** @description The payment that settles the invoice; required with `status` `paid`. */
            paymentDetails?: components["schemas"]["PaymentDetails"];
            /** @description The email that carries the invoice; required with `status` `issued`. */
            emailDetails?: components["schemas"]["EmailDetails"] | null;
            /**
             * @description Your own stable key for the recipient; Mollie reuses recipient data under it.
             * @example customer-xyz-0123
             */
            recipientIdentifier?: string;
            /** @description The recipient, sent whole. */
            recipient?: components["schemas"]["Recipient"] | null;
            /** @description The invoice's lines. */
            lines?: components["schemas"]["LineItem"][] | null;
            /** @description A discount on the whole invoice, on top of line discounts. */
            discount?: components["schemas"]["NullableDiscount"];
            /**
             * @description Send the invoice as an e-invoice. Only possible before it is issued, and only between
             *     merchants and recipients in Belgium, Germany or the Netherlands.
             * @example false
             */
            isEInvoice?: boolean;
            /**
             * @description With `mandateId`: the Mollie customer whose mandate pays the invoice with a recurring
             *     payment when it moves to `paid`.
             */
            customerId?: components["schemas"]["CustomerId"];
            /** @description With `customerId`, the mandate whose recurring payment pays the invoice. */
            mandateId?: components["schemas"]["MandateId"];
        };
        /** @description A sales invoice as Mollie returns it. */
        SalesInvoice: {
            /**
             * @description Always `sales-invoice`.
             * @example sales-invoice
             */
            resource: string;
            /** @description The invoice's identifier. */
            id: components["schemas"]["ReturnedSalesInvoiceId"];
            /**
             * @description Whether the invoice lives in live or test mode.
             * @example test
             */
            mode: "live" | "test" | (string & {});
            /**
             * @description The number assigned when the invoice is issued.
             * @example INV-0000001
             */
            invoiceNumber?: string | null;
            /** @description The website profile the invoice belongs to. */
            profileId?: components["schemas"]["ProfileId"] | null;
            /**
             * @description The invoice's current status.
             * @example issued
             */
            status?: "draft" | "issued" | "paid" | "cancelled" | "overdue" | "payment_reversed" | "expired" | "failed" | "issuing" | "pending-payment" | (string & {});
            /**
             * @description Progress of the e-invoice, when the invoice is one.
             * @example issued
             */
            eInvoiceStatus?: "issuing" | "issued" | "failed" | (string & {}) | null;
            /**
             * @description The VAT scheme of the invoice.
             * @example standard
             */
            vatScheme?: "standard" | "one-stop-shop" | (string & {});
            /**
             * @description Whether line prices exclude or include VAT.
             * @example exclusive
             */
            vatMode?: "exclusive" | "inclusive" | (string & {});
            /**
             * @description Currency of the invoice.
             * @example EUR
             */
            currency?: string;
            /**
             * @description Free text printed on the PDF.
             * @example Thank you for your order.
             */
            memo?: string | null;
            /**
             * @description Data you attached when creating the invoice.
             * @example {
             *       "order": "12345"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description How long the recipient has to pay.
             * @example 30 days
             */
            paymentTerm?: "7 days" | "14 days" | "30 days" | "45 days" | "60 days" | "90 days" | "120 days" | (string & {}) | null;
            /** @description The payments recorded against the invoice (a list in responses). */
            paymentDetails?: components["schemas"]["PaymentDetailsResponse"][] | null;
            /** @description The email used to send the invoice. */
            emailDetails?: components["schemas"]["EmailDetailsResponse"] | null;
            /**
             * @description The Mollie customer, for paid invoices (Mollie's ids for it start with `cst_`).
             * @example cst_8wmqcHMN4U
             */
            customerId?: string;
            /**
             * @description The mandate used, for paid invoices (Mollie's ids for it start with `mdt_`).
             * @example mdt_pWUnw6pkBN
             */
            mandateId?: string;
            /**
             * @description Your key for the recipient.
             * @example customer-xyz-0123
             */
            recipientIdentifier?: string;
            /** @description The recipient. */
            recipient?: components["schemas"]["RecipientResponse"] | null;
            /** @description The invoice's lines. */
            lines?: components["schemas"]["LineItemResponse"][] | null;
            /** @description Discount on the whole invoice. */
            discount?: components["schemas"]["DiscountResponse"] | null;
            /**
             * @description Whether the invoice is an e-invoice.
             * @example false
             */
            isEInvoice?: boolean;
            /** @description What is still to be paid. */
            amountDue?: components["schemas"]["AmountResponse"];
            /** @description Sum of the lines excluding VAT, before discounts. */
            subtotalAmount?: components["schemas"]["AmountResponse"];
            /** @description Total including VAT. */
            totalAmount?: components["schemas"]["AmountResponse"];
            /** @description Total VAT. */
            totalVatAmount?: components["schemas"]["AmountResponse"];
            /** @description Sum of the lines excluding VAT, after discounts. */
            discountedSubtotalAmount?: components["schemas"]["AmountResponse"];
            /**
             * @description When the invoice was created, in ISO 8601 (Mollie sends `2024-10-03T10:47:38+00:00`).
             * @example 2024-10-03T10:47:38+00:00
             */
            createdAt?: string;
            /**
             * @description When the invoice was issued, in ISO 8601.
             * @example 2024-10-03T10:47:39+00:00
             */
            issuedAt?: string | null;
            /**
             * @description When the invoice was paid, in ISO 8601.
             * @example null
             */
            paidAt?: string | null;
            /**
             * @description When payment is due, in ISO 8601.
             * @example 2024-10-17T10:47:39+00:00
             */
            dueAt?: string | null;
            /** @description Links to related resources. */
            _links?: components["schemas"]["SalesInvoiceLinks"];
        };
        /** @description A money amount as Mollie returns it. */
        AmountResponse: {
            /**
             * @description ISO 4217 currency code.
             * @example EUR
             */
            currency: string;
            /**
             * @description The amount as a decimal string.
             * @example 107.69
             */
            value: string;
        };
        /** @description A payment recorded against the invoice. */
        PaymentDetailsResponse: {
            /**
             * @description Where the payment came from.
             * @example payment-link
             */
            source?: "manual" | "payment-link" | "payment" | (string & {});
            /**
             * @description The payment or payment link, if any.
             * @example pl_d9fQur83kFdhH8hIhaZfq
             */
            sourceReference?: string | null;
        };
        /** @description The email used to send the invoice. */
        EmailDetailsResponse: {
            /**
             * @description Subject line.
             * @example Your invoice INV-0000001
             */
            subject?: string;
            /**
             * @description Text of the email.
             * @example Please find your invoice attached.
             */
            body?: string;
        };
        /** @description A discount as Mollie returns it. */
        DiscountResponse: {
            /**
             * @description Amount or percentage.
             * @example amount
             */
            type?: "amount" | "percentage" | (string & {});
            /**
             * @description The discount as a decimal string.
             * @example 10.00
             */
            value?: string;
        };
        /** @description One line of a sales invoice as Mollie returns it. */
        LineItemResponse: {
            /**
             * @description What the line is for.
             * @example LEGO 4440 Forest Police Station
             */
            description?: string;
            /**
             * @description Number of units.
             * @example 1
             */
            quantity?: number;
            /**
             * @description VAT rate in percent.
             * @example 21.00
             */
            vatRate?: string;
            /** @description Price of one unit excluding VAT. */
            unitPrice?: components["schemas"]["AmountResponse"];
            /** @description A discount on this line. */
            discount?: components["schemas"]["DiscountResponse"] | null;
        };
        /** @description A link to a related resource. */
        Link: {
            /**
             * @description The URL (Mollie's own examples hold placeholders such as `...`).
             * @example https://docs.mollie.com/reference/update-sales-invoice
             */
            href: string;
            /**
             * @description Content type behind the URL, such as `application/hal+json` or `text/html`.
             * @example text/html
             */
            type: string;
        };
        /** @description A link, or null when there is nothing to link to. */
        NullableLink: components["schemas"]["Link"] | null;
        /** @description Links from a sales invoice to related resources. */
        SalesInvoiceLinks: {
            /** @description This invoice in the API. */
            self?: components["schemas"]["Link"];
            /** @description Page where the recipient can pay the invoice. */
            invoicePayment?: components["schemas"]["Link"];
            /** @description The invoice as a PDF. */
            pdfLink?: components["schemas"]["NullableLink"];
            /** @description The invoice in the Mollie dashboard. */
            dashboard?: components["schemas"]["Link"];
            /** @description Documentation for this resource. */
            documentation?: components["schemas"]["Link"];
            /** @description The next invoice in a list. */
            next?: components["schemas"]["NullableLink"];
            /** @description The previous invoice in a list. */
            previous?: components["schemas"]["NullableLink"];
        };
        /** @description The body Mollie sends with every error status, as `application/hal+json`. */
        ErrorResponse: {
            /**
             * @description The HTTP status code, repeated.
             * @example 422
             */
            status: number;
            /**
             * @description The HTTP reason phrase.
             * @example Unprocessable Entity
             */
            title: string;
            /**
             * @description What went wrong, for people.
             * @example The payment term is invalid.
             */
            detail: string;
            /**
             * @description The request field at fault, when there is one.
             * @example paymentTerm
             */
            field?: string;
            /** @description Where to read more. */
            _links: components["schemas"]["ErrorLinks"];
        };
        /** @description Links that come with an error. */
        ErrorLinks: {
            /** @description Documentation about this kind of error. */
            documentation: components["schemas"]["Link"];
        };
    };
    responses: {
        /**
         * @description The request could not be understood, for example an `Idempotency-Key` reused with a
         *     different request.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/hal+json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The credential is missing or not valid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/hal+json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The credential may not perform this change. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/hal+json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No sales invoice with this identifier exists for the credential's mode. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/hal+json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A request with the same `Idempotency-Key` is still being processed. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/hal+json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The change is not acceptable, for example an empty body, an invalid field, or a status
         *     change whose required details are missing. `field` names the field at fault.
         */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/hal+json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests in a short time; back off and try again. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/hal+json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Mollie could not handle the request; it may succeed later. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/hal+json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    updateSalesInvoice: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for one logical change. If the same key arrives again Mollie may answer
                 *     with the first response instead of applying the change again. A UUID v4 is recommended.
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Identifier of the sales invoice to update. */
                salesInvoiceId: components["schemas"]["SalesInvoiceId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. Fields that are left out keep their value. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SalesInvoiceUpdate"];
            };
        };
        responses: {
            /** @description The sales invoice after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["SalesInvoice"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
