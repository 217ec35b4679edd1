using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

/// <summary>Builds merge-field, interest-category and interest wire objects.</summary>
internal static class DefinitionJson
{
    public static JsonObject MergeField(string listId, MergeFieldRecord f) => new()
    {
        ["merge_id"] = f.MergeId,
        ["tag"] = f.Tag,
        ["name"] = f.Name,
        ["type"] = f.Type,
        ["required"] = f.Required,
        ["default_value"] = f.DefaultValue,
        ["public"] = f.Public,
        ["display_order"] = f.DisplayOrder,
        ["options"] = f.Options.DeepClone(),
        ["help_text"] = f.HelpText,
        ["list_id"] = listId,
    };

    public static JsonObject Category(string listId, InterestCategoryRecord c) => new()
    {
        ["list_id"] = listId,
        ["id"] = c.Id,
        ["title"] = c.Title,
        ["display_order"] = c.DisplayOrder,
        ["type"] = c.Type,
    };

    public static JsonObject Interest(string listId, InterestRecord i, int subscriberCount) => new()
    {
        ["category_id"] = i.CategoryId,
        ["list_id"] = listId,
        ["id"] = i.Id,
        ["name"] = i.Name,
        ["subscriber_count"] = subscriberCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["display_order"] = i.DisplayOrder,
    };

    public static JsonObject Segment(string listId, SegmentRecord s) => new()
    {
        ["id"] = s.Id,
        ["name"] = s.Name,
        ["member_count"] = s.Members.Count,
        ["type"] = "static",
        ["created_at"] = Timestamps.Write(s.CreatedAt),
        ["updated_at"] = Timestamps.Write(s.UpdatedAt),
        ["options"] = new JsonObject { ["match"] = "any", ["conditions"] = new JsonArray() },
        ["list_id"] = listId,
    };
}
