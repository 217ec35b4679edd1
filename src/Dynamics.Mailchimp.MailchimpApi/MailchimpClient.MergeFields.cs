using System.Net;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.MailchimpApi.Http;
using Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>Merge-field definitions, and the shared handling of refused requests.</content>
internal sealed partial class MailchimpClient
{
    public IAsyncEnumerable<MergeField> GetMergeFieldsAsync(string listId, CancellationToken cancellationToken = default) =>
        ReadPagesAsync(
            MailchimpPaths.MergeFields(listId),
            MailchimpJsonContext.Default.MergeFieldCollection,
            page => page.MergeFields,
            page => page.TotalItems,
            cancellationToken);

    public Task<MergeField> CreateMergeFieldAsync(string listId, MergeFieldDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return SendJsonAsync(
            HttpMethod.Post,
            MailchimpPaths.MergeFields(listId),
            definition,
            MailchimpJsonContext.Default.MergeFieldDefinition,
            MailchimpJsonContext.Default.MergeField,
            retrySafePost: false,
            cancellationToken);
    }

    public async Task<IReadOnlyList<MergeFieldEnsureResult>> EnsureMergeFieldsAsync(
        string listId,
        IEnumerable<MergeFieldDefinition> definitions,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var existing = new Dictionary<string, MergeField>(StringComparer.OrdinalIgnoreCase);
        await foreach (var field in GetMergeFieldsAsync(listId, cancellationToken).ConfigureAwait(false))
        {
            existing.TryAdd(field.Tag, field);
        }

        var results = new List<MergeFieldEnsureResult>();
        foreach (var definition in definitions)
        {
            if (existing.TryGetValue(definition.Tag, out var found))
            {
                results.Add(new MergeFieldEnsureResult(definition.Tag, MergeFieldEnsureOutcome.Existing, found, null));
                continue;
            }

            try
            {
                var created = await CreateMergeFieldAsync(listId, definition, cancellationToken).ConfigureAwait(false);
                existing[created.Tag] = created;
                LogMergeFieldCreated(logger, created.Tag, listId);
                results.Add(new MergeFieldEnsureResult(definition.Tag, MergeFieldEnsureOutcome.Created, created, null));
            }
            catch (MailchimpApiException exception) when (IsRequestRefused(exception))
            {
                results.Add(new MergeFieldEnsureResult(definition.Tag, MergeFieldEnsureOutcome.Failed, null, Describe(exception)));
            }
        }

        return results;
    }

    /// <summary>A 400 or 422: Mailchimp refused this request's content; other requests may still succeed.</summary>
    private static bool IsRequestRefused(MailchimpApiException exception) =>
        exception.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity;

    private static string Describe(MailchimpApiException exception) =>
        string.IsNullOrWhiteSpace(exception.Detail) ? exception.Title : $"{exception.Title}: {exception.Detail}";
}
