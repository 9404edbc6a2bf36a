// The package root: the runtime's public surface, then every generated API's clients, operation
// functions and operation types (generated/index.ts). Schema types of one API are in
// `invoicing-sdk/<api>`. The generator refuses to emit a root name that this file already exports.
export {
  AbortError,
  ApiError,
  ConfigurationError,
  ConnectionError,
  InvoicingSdkError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
  TokenRequestError,
  UnexpectedResponseError,
  isAbortError,
  isApiError,
  isConfigurationError,
  isConnectionError,
  isInvoicingSdkError,
  isRequestValidationError,
  isResponseValidationError,
  isTimeoutError,
  isTokenRequestError,
  isUnexpectedResponseError,
  type ApiErrorDetails,
  type TransportErrorDetails,
  type ValidationIssue,
} from './errors/errors.js';
export type {
  ClientCore,
  ClientCredentialsAuthOptions,
  ClientOptions,
  KeyAuthOptions,
  OptionalTokenAuthOptions,
  SharedClientOptions,
  TokenAuthOptions,
} from './client/client-core.js';
export type { ApiDescription, KeyPlacement, TokenRequestField } from './types/api-description.js';
export type { FetchFunction } from './types/fetch-function.js';
export type { ResponseSchemas } from './validation/schema.js';
export type { CallOptions, OperationDescription } from './operation/call-operation.js';
export type { ApiPromise, ApiResponse } from './operation/with-response.js';
export type { ErrorShape } from './errors/error-summary.js';
export type { BearerToken, TokenProvider } from './auth/bearer-auth.js';
export type { ClientCredentials } from './auth/client-credentials.js';
export type { ApiKey, BasicCredentials } from './auth/key-credentials.js';
export type { LogEvent, Logger } from './redaction/logging.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './transport/retry-policy.js';
export type { RetryCondition, RetrySafety } from './transport/retry-safety.js';
export * from '../generated/index.js';
