using System.Text.Json;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>Reads the <c>dmc_payload</c> JSON of a ListDeleted row (see <see cref="DeletedListPayloadFields"/>).</summary>
public static class DeletedListPayloadReader
{
    /// <summary>Reads <paramref name="payload"/> for list <paramref name="listId"/> of member table <paramref name="memberTable"/>.</summary>
    /// <param name="payload">The column text.</param>
    /// <param name="listId">The deleted list.</param>
    /// <param name="memberTable">The row's target table: the list's member type.</param>
    /// <param name="list">The deleted list, when readable.</param>
    /// <returns>Whether the payload was read.</returns>
    public static bool TryRead(string payload, Guid listId, string memberTable, out DeletedList? list)
    {
        list = null;
        try
        {
            using var json = JsonDocument.Parse(payload);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var mappingType = root.TryGetProperty(DeletedListPayloadFields.MappingType, out var type) && type.TryGetInt32(out var value) ? value : (int?)null;
            var mapping = new ListMapping
            {
                ListId = listId,
                Name = Text(root, DeletedListPayloadFields.ListName) ?? "(deleted)",
                MemberTable = memberTable,
                AudienceId = Text(root, DeletedListPayloadFields.AudienceId) ?? string.Empty,
                Target = mappingType is { } t ? ListMappingTypes.ToTarget(t, Text(root, DeletedListPayloadFields.TagName), Text(root, DeletedListPayloadFields.InterestId)) : null,
                UpdateOnly = Flag(root, DeletedListPayloadFields.UpdateOnly) ?? false,
                IsSyncing = false,
            };
            var captured = Flag(root, DeletedListPayloadFields.MembersCaptured) ?? false;
            var reason = captured ? null : Text(root, DeletedListPayloadFields.NotCapturedReason) ?? "the row does not say";
            list = new DeletedList(mapping, reason);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool? Flag(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;
}
