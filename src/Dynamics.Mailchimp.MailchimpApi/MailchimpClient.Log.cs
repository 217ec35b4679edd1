using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>Log messages; none of them carries credentials.</content>
internal sealed partial class MailchimpClient
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Mailchimp {Method} {Path} failed with {StatusCode} {Title}")]
    private static partial void LogCallFailed(ILogger logger, string method, string path, int statusCode, string title);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Batch subscribe to list {ListId}: {Members} members, {Created} created, {Updated} updated, {Errors} refused")]
    private static partial void LogBatchChunk(ILogger logger, string listId, int members, int created, int updated, int errors);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Mailchimp refused a chunk of {Members} members for list {ListId} as a whole: {StatusCode} {Title}")]
    private static partial void LogChunkRefused(ILogger logger, int members, string listId, int statusCode, string title);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Created merge field {Tag} on list {ListId}")]
    private static partial void LogMergeFieldCreated(ILogger logger, string tag, string listId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Created tag {TagName} (segment {SegmentId}) on list {ListId}")]
    private static partial void LogTagCreated(ILogger logger, string tagName, long segmentId, string listId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Tag {TagName} on list {ListId}: {Added} added, {Removed} removed, {Errors} errors")]
    private static partial void LogTagChunk(ILogger logger, string tagName, string listId, int added, int removed, int errors);
}
