// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml
// Content sha256 a37b2e3c1bcc097f (of the text below this banner)

export interface paths {
    "/v0/business/{business_id}/invoice/{invoice_id}": {
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
         * Update Invoice Status
         * @description Moves an invoice to a new status and returns the whole invoice as it is after the change.
         *     Sending the same status again leaves the invoice as it was, so the call can be repeated
         *     safely.
         */
        patch: operations["updateInvoiceStatus"];
        trace?: never;
    };
    "/v0/business/{business_id}/bills/{bill_id}": {
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
         * Update a Bill
         * @description Changes a bill's number, description, dates or status, and adds or removes bill lines, in
         *     one call. Only the fields you send are changed. The response is the whole bill after the
         *     change.
         */
        patch: operations["updateBill"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Identifier of a business, `biz_` followed by a Base58 string.
         * @example biz_GA6EG2qFxA97NZHtxeLPUy
         */
        BusinessId: `biz_${string}`;
        /**
         * @description Identifier of an invoice, `inv_` followed by a Base58 string.
         * @example inv_WQMDNUHpBThYSNh4AprDBo
         */
        InvoiceId: `inv_${string}`;
        /**
         * @description Identifier of a bill, `bil_` followed by a Base58 string.
         * @example bil_WQMDNUHpBThYSNh4AprDBo
         */
        BillId: `bil_${string}`;
        /**
         * @description Identifier of a customer as Asset returns it, starting with `cus_`.
         * @example cus_WxcM3ypJ5boFxsNQzcqRXe
         */
        CustomerId: `cus_${string}`;
        /**
         * @description Identifier of a vendor as Asset returns it, starting with `ven_`.
         * @example ven_ErisumsAc7qgmbTctM7zKK
         */
        VendorId: `ven_${string}`;
        /**
         * @description Identifier of a ledger account, `ldg_` followed by a Base58 string.
         * @example ldg_ErisumsAc7qgmbTctM7zKK
         */
        LedgerId: `ldg_${string}`;
        /**
         * @description Identifier of a business as Asset returns it, starting with `biz_`.
         * @example biz_GA6EG2qFxA97NZHtxeLPUy
         */
        ReturnedBusinessId: `biz_${string}`;
        /**
         * @description Identifier of an invoice as Asset returns it, starting with `inv_`.
         * @example inv_WQMDNUHpBThYSNh4AprDBo
         */
        ReturnedInvoiceId: `inv_${string}`;
        /**
         * @description Identifier of a bill as Asset returns it, starting with `bil_`.
         * @example bil_WQMDNUHpBThYSNh4AprDBo
         */
        ReturnedBillId: `bil_${string}`;
        /**
         * @description Identifier of a ledger account as Asset returns it, starting with `ldg_`.
         * @example ldg_ErisumsAc7qgmbTctM7zKK
         */
        ReturnedLedgerId: `ldg_${string}`;
        /**
         * @description Free-form key/value data you attach to a document or line; Asset stores it as given.
         * @example {
         *       "project": "PRJ-7"
         *     }
         */
        Metadata: {
            [key: string]: unknown;
        };
        /**
         * @description The status an invoice can be moved to.
         * @example paid
         * @enum {string}
         */
        InvoiceStatus: "open" | "paid" | "uncollectible" | "voided" | "refunded" | "partially_refunded";
        /**
         * @description Body of Update Invoice Status.
         * @example {
         *       "status": "voided"
         *     }
         */
        InvoiceStatusUpdate: {
            /** @description The status the invoice should have after the call. */
            status: components["schemas"]["InvoiceStatus"];
        };
        /** @description Envelope around the invoice returned by a successful update. */
        InvoiceResponse: {
            /** @description The invoice as stored after the update. */
            data: components["schemas"]["Invoice"];
        };
        /** @description An invoice as Asset returns it. */
        Invoice: {
            /** @description The business that issued the invoice. */
            business_id: components["schemas"]["ReturnedBusinessId"];
            /** @description The invoice's identifier. */
            id: components["schemas"]["ReturnedInvoiceId"];
            /** @description The customer the invoice is addressed to. */
            customer_id: components["schemas"]["CustomerId"];
            /**
             * @description The invoice number, unique within the business.
             * @example INV-2025-0042
             */
            number: string;
            /**
             * @description Free text describing the invoice.
             * @example Consulting services, February 2025
             */
            description: string;
            /**
             * @description Invoice total in the invoice's currency, as a decimal number.
             * @example 1080
             */
            total_amount: number;
            /**
             * @description Amount paid so far.
             * @default 0
             * @example 1080
             */
            total_paid: number;
            /**
             * @description Where the invoice came from.
             * @example manual
             */
            source: "manual" | "stripe" | (string & {});
            /**
             * @description The invoice's current status.
             * @example paid
             */
            status: "open" | "paid" | "uncollectible" | "voided" | "refunded" | "partially_refunded" | (string & {});
            /**
             * Format: date-time
             * @description When payment is due.
             * @example 2025-03-01T00:00:00Z
             */
            due_at: string;
            /**
             * Format: date-time
             * @description When the invoice was sent to the customer.
             * @example 2025-02-01T09:30:00Z
             */
            sent_at: string;
            /**
             * Format: date-time
             * @description When the invoice was voided; null while it is not.
             * @example null
             */
            voided_at?: string | null;
            /**
             * @description Credit applied to the invoice, if any.
             * @example null
             */
            credit_amount?: number | null;
            /** @description Your free-form data on the invoice. */
            metadata_?: components["schemas"]["Metadata"];
            /** @description The invoice's lines. */
            lines?: components["schemas"]["InvoiceLine"][] | null;
            /** @description Payments applied to the invoice. */
            payments?: components["schemas"]["InvoicePayment"][] | null;
        };
        /** @description One line of an invoice. */
        InvoiceLine: {
            /**
             * @description The line's identifier.
             * @example inv_line_3KZbq9Xw2Tf8LmNpRsUvYh
             */
            id?: string;
            /** @description The invoice the line belongs to. */
            invoice_id?: components["schemas"]["ReturnedInvoiceId"];
            /**
             * @description What the line is for.
             * @example Consulting hours
             */
            description?: string;
            /** @description The ledger account the line is booked to. */
            ledger_id?: components["schemas"]["ReturnedLedgerId"];
            /**
             * @description Price of one unit.
             * @example 125
             */
            unit_price?: number;
            /**
             * @description Number of units.
             * @example 8
             */
            quantity?: number;
            /**
             * @description Discount on the line as an amount.
             * @example 0
             */
            discount_amount?: number;
            /**
             * @description Discount on the line as a fraction (0.1 is ten percent).
             * @example 0
             */
            discount_rate?: number;
            /**
             * @description Tax on the line as an amount.
             * @example 80
             */
            tax_amount?: number;
            /**
             * @description Tax rate as a fraction (0.08 is eight percent).
             * @example 0.08
             */
            tax_rate?: number;
            /**
             * @description Whether the line is a prepayment.
             * @example false
             */
            is_prepayment?: boolean;
            /** @description Your free-form data on the line. */
            metadata_?: components["schemas"]["Metadata"];
        };
        /** @description A payment applied to an invoice. */
        InvoicePayment: {
            /**
             * @description The payment application's identifier (examples start with `inp_`).
             * @example inp_7Hq2LxVbN4cRtY9WmKdEfG
             */
            id?: string;
            /** @description The invoice the payment is applied to. */
            invoice_id?: components["schemas"]["ReturnedInvoiceId"];
            /**
             * @description The bank transaction behind the payment (examples start with `txn_`).
             * @example txn_WQMDNUHpBThYSNh4AprDBo
             */
            transaction_id?: string;
            /**
             * @description The payment's own identifier; examples show no prefix.
             * @example pay-2025-0042
             */
            payment_id?: string;
            /**
             * Format: date-time
             * @description When the payment was made.
             * @example 2025-02-20T14:05:00Z
             */
            datetime?: string;
            /**
             * @description Amount applied to the invoice.
             * @example 1080
             */
            payment_amount?: number;
            /** @description A back-reference to the invoice; its shape is not documented. */
            invoice?: unknown;
        };
        /**
         * @description The status a bill can be moved to.
         * @example open
         * @enum {string}
         */
        BillStatus: "open" | "paid" | "voided";
        /** @description Body of Update a Bill. Every field is optional; at least one must be sent. */
        BillUpdate: {
            /**
             * @description New bill number.
             * @example BILL-002
             */
            number?: string | null;
            /**
             * @description New description.
             * @example Updated office supplies
             */
            description?: string | null;
            /**
             * Format: date-time
             * @description New due date, as an ISO 8601 date-time.
             * @example 2025-03-01T00:00:00Z
             */
            due_at?: string | null;
            /**
             * Format: date-time
             * @description New issue date, as an ISO 8601 date-time.
             * @example 2025-01-20T00:00:00Z
             */
            issued_at?: string | null;
            /** @description New status. */
            status?: components["schemas"]["BillStatus"] | null;
            /** @description Lines to add to and remove from the bill. */
            line_changes?: components["schemas"]["BillLineChanges"];
        };
        /** @description Lines to add and lines to remove, applied in one update. */
        BillLineChanges: {
            /** @description New lines to add. */
            create_lines?: components["schemas"]["BillLineCreate"][];
            /** @description Identifiers of existing lines to remove. */
            delete_lines?: string[];
        };
        /** @description A line to add to a bill. */
        BillLineCreate: {
            /**
             * @description What the line is for.
             * @example Printer paper, 10 boxes
             */
            description?: string;
            /**
             * @description The line's number or position on the vendor's bill.
             * @example 3
             */
            number?: string;
            /**
             * @description Line amount as a decimal number.
             * @example 120.52
             */
            amount: number;
            /** @description The ledger account the line is booked to. */
            ledger_id: components["schemas"]["LedgerId"];
            /** @description Your free-form data on the line. */
            metadata_?: components["schemas"]["Metadata"];
        };
        /** @description Envelope around the bill returned by a successful update. */
        BillResponse: {
            /** @description The bill as stored after the update. */
            data: components["schemas"]["Bill"];
        };
        /** @description A bill as Asset returns it. */
        Bill: {
            /** @description The business that received the bill. */
            business_id: components["schemas"]["ReturnedBusinessId"];
            /** @description The bill's identifier. */
            id: components["schemas"]["ReturnedBillId"];
            /** @description The vendor that sent the bill. */
            vendor_id: components["schemas"]["VendorId"];
            /**
             * @description The bill number.
             * @example BILL-002
             */
            number: string;
            /**
             * @description Free text describing the bill.
             * @example Updated office supplies
             */
            description: string;
            /**
             * @description Bill total as a decimal number.
             * @example 120.52
             */
            total_amount: number;
            /**
             * @description Amount paid so far.
             * @example 0
             */
            total_paid: number;
            /**
             * Format: date-time
             * @description When payment is due.
             * @example 2025-03-01T00:00:00Z
             */
            due_at: string;
            /**
             * Format: date-time
             * @description When the vendor issued the bill.
             * @example 2025-01-20T00:00:00Z
             */
            issued_at: string;
            /**
             * @description The bill's current status.
             * @example open
             */
            status: "open" | "paid" | "voided" | (string & {});
            /**
             * Format: date-time
             * @description When the bill was voided; null while it is not.
             * @example null
             */
            voided_at?: string | null;
            /** @description Your free-form data on the bill. */
            metadata_?: components["schemas"]["Metadata"];
            /** @description The bill's lines. */
            lines?: components["schemas"]["BillLine"][] | null;
            /** @description Payments made against the bill. */
            payments?: components["schemas"]["BillPayment"][] | null;
        };
        /** @description One line of a bill. */
        BillLine: {
            /**
             * @description The line's identifier.
             * @example bill_line_4dUhJ3mNoP5qRsT6uVwXyZ
             */
            id?: string;
            /** @description The bill the line belongs to. */
            bill_id?: components["schemas"]["ReturnedBillId"];
            /**
             * @description What the line is for.
             * @example Printer paper, 10 boxes
             */
            description?: string;
            /**
             * @description The line's number.
             * @example 3
             */
            number?: string;
            /** @description The ledger account the line is booked to. */
            ledger_id?: components["schemas"]["ReturnedLedgerId"];
            /**
             * @description Line amount as a decimal number.
             * @example 120.52
             */
            amount?: number;
            /** @description Your free-form data on the line. */
            metadata_?: components["schemas"]["Metadata"];
        };
        /** @description A payment made against a bill. */
        BillPayment: {
            /**
             * @description The payment application's identifier (examples start with `blp_`).
             * @example blp_5Fg7HjK8LmN9PqR2StUvWx
             */
            id?: string;
            /** @description The bill the payment is applied to. */
            bill_id?: components["schemas"]["ReturnedBillId"];
            /**
             * @description The bank transaction behind the payment (examples start with `txn_`).
             * @example txn_WQMDNUHpBThYSNh4AprDBo
             */
            transaction_id?: string;
            /**
             * @description The payment's own identifier.
             * @example pay-2025-0007
             */
            payment_id?: string;
            /**
             * Format: date-time
             * @description When the payment was made.
             * @example 2025-02-28T10:00:00Z
             */
            datetime?: string;
            /**
             * @description Amount applied to the bill.
             * @example 120.52
             */
            payment_amount?: number;
            /** @description A back-reference to the bill; its shape is not documented. */
            bill?: unknown;
        };
        /** @description The body Asset sends with an error status. */
        ErrorResponse: {
            /**
             * @description A human-readable explanation.
             * @example Too Many Requests
             */
            message?: string;
            /** @description A message, or a list of problems with the request. */
            detail?: string | components["schemas"]["ValidationIssue"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One problem with a request, in FastAPI's format. */
        ValidationIssue: {
            /** @description Where the problem is, as a path from the request's root. */
            loc?: (string | number)[];
            /**
             * @description What is wrong.
             * @example Field required
             */
            msg?: string;
            /**
             * @description A machine-readable kind of problem.
             * @example missing
             */
            type?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The bearer token is missing, invalid or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token is valid but may not act on this business or document. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The business or the document does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request was understood but its content is not acceptable. */
        UnprocessableContent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description More than 300 requests in a minute for the tenant or for the business. Wait until the time
         *     in `x-ratelimit-reset` before trying again.
         */
        TooManyRequests: {
            headers: {
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Asset could not handle the request; it may succeed later. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Identifier of the business that owns the document. */
        BusinessIdPath: components["schemas"]["BusinessId"];
        /**
         * @description Your own identifier for the person or system performing the change (an email address works
         *     well). Asset records it for auditing; it does not change what the call does.
         */
        UserIdHeader: string;
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed per minute in the current window. */
        RateLimitLimit: number;
        /** @description Requests left in the current window. */
        RateLimitRemaining: number;
        /** @description When the current window ends, as a UNIX timestamp in seconds. */
        RateLimitReset: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    updateInvoiceStatus: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own identifier for the person or system performing the change (an email address works
                 *     well). Asset records it for auditing; it does not change what the call does.
                 */
                "x-user-id"?: components["parameters"]["UserIdHeader"];
            };
            path: {
                /** @description Identifier of the business that owns the document. */
                business_id: components["parameters"]["BusinessIdPath"];
                /** @description Identifier of the invoice to update. */
                invoice_id: components["schemas"]["InvoiceId"];
            };
            cookie?: never;
        };
        /** @description The status the invoice should move to. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoiceStatusUpdate"];
            };
        };
        responses: {
            /** @description The invoice after the status change. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateBill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the business that owns the document. */
                business_id: components["parameters"]["BusinessIdPath"];
                /** @description Identifier of the bill to update. */
                bill_id: components["schemas"]["BillId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. Fields that are left out keep their value. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BillUpdate"];
            };
        };
        responses: {
            /** @description The bill after the update. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
