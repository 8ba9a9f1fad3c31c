// The SDK's own description of the wire format (snake_case, exactly what its serializers
// parse). Typing fixtures and responses against it makes a missing or misspelt field a
// compile error instead of a runtime `parseOrThrow` failure in some later test.
import type * as serialization from '@elevenlabs/elevenlabs-js/serialization';

export type UserWire = serialization.User.Raw;
export type SubscriptionWire = serialization.SubscriptionResponse.Raw;
export type AgentWire = serialization.GetAgentResponseModel.Raw;
export type AgentSummaryWire = serialization.AgentSummaryResponseModel.Raw;
export type AgentsPageWire = serialization.GetAgentsPageResponseModel.Raw;
export type AccessInfoWire = serialization.ResourceAccessInfo.Raw;
export type ConversationConfigWire = serialization.ConversationalConfig.Raw;
export type PlatformSettingsWire = serialization.AgentPlatformSettingsResponseModel.Raw;
export type PhoneNumberWire = serialization.conversationalAi.PhoneNumbersListResponseItem.Raw;
export type PhoneNumberAgentWire = serialization.PhoneNumberAgentInfo.Raw;
export type TelephonyProviderWire = serialization.TelephonyProvider.Raw;
export type BatchCallWire = serialization.BatchCallResponse.Raw;
export type BatchCallDetailWire = serialization.BatchCallDetailedResponse.Raw;
export type BatchCallsPageWire = serialization.WorkspaceBatchCallsResponse.Raw;
export type BatchRecipientWire = serialization.OutboundCallRecipientResponseModel.Raw;
export type TwilioOutboundCallWire = serialization.TwilioOutboundCallResponse.Raw;
export type SipTrunkOutboundCallWire = serialization.SipTrunkOutboundCallResponse.Raw;
export type ConversationWire = serialization.GetConversationResponseModel.Raw;
export type ConversationSummaryWire = serialization.ConversationSummaryResponseModel.Raw;
export type ConversationsPageWire = serialization.GetConversationsPageResponseModel.Raw;
export type TranscriptTurnWire = serialization.ConversationHistoryTranscriptResponseModel.Raw;
export type ConversationMetadataWire = serialization.ConversationHistoryMetadataCommonModel.Raw;
export type ConversationAnalysisWire = serialization.ConversationHistoryAnalysisCommonModel.Raw;
export type DataCollectionResultWire = serialization.DataCollectionResultCommonModel.Raw;
export type EvaluationResultWire =
  serialization.ConversationHistoryEvaluationCriteriaResultCommonModel.Raw;
export type ClientDataEchoWire = serialization.ConversationInitiationClientDataRequestOutput.Raw;
export type RecipientClientDataWire = serialization.ConversationInitiationClientDataInternal.Raw;
