using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>Merge-field, interest-category and interest definitions.</summary>
internal sealed partial class SandboxStore
{
    public static IReadOnlySet<string> MergeFieldTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "text", "number", "address", "phone", "date", "url", "imageurl", "radio", "dropdown", "birthday", "zip",
    };

    public static IReadOnlySet<string> CategoryTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "checkboxes", "dropdown", "radio", "hidden",
    };

    public JsonObject ListMergeFields(string listId, Paging paging)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var json = paging.Collection("merge_fields", audience.MergeFields.Select(f => (JsonNode)DefinitionJson.MergeField(audience.Id, f)), audience.MergeFields.Count);
            json["list_id"] = audience.Id;
            return json;
        }
    }

    public JsonObject AddMergeField(string listId, string name, string type, string? tag, bool required, string? defaultValue, JsonObject? options, string? helpText)
    {
        if (!MergeFieldTypes.Contains(type))
        {
            throw new InvalidResourceException("The resource submitted could not be validated. For field-specific details, see the 'errors' array.", "type", $"Value '{type}' is not a merge field type.");
        }

        lock (_gate)
        {
            var audience = Audience(listId);
            var mergeId = audience.MergeFields.Count == 0 ? 1 : audience.MergeFields.Max(f => f.MergeId) + 1;
            var finalTag = string.IsNullOrWhiteSpace(tag) ? $"MMERGE{mergeId}" : tag.Trim().ToUpperInvariant();
            if (audience.MergeFields.Any(f => f.Tag == finalTag))
            {
                throw new InvalidResourceException($"A Merge Field with the tag \"{finalTag}\" already exists for this list.", "tag", "Must be unique.");
            }

            var field = new MergeFieldRecord(mergeId, finalTag, name, type, required, defaultValue ?? string.Empty, true, mergeId, options ?? [], helpText ?? string.Empty);
            audience.MergeFields.Add(field);
            return DefinitionJson.MergeField(audience.Id, field);
        }
    }

    public JsonObject ListCategories(string listId, Paging paging)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var json = paging.Collection("categories", audience.InterestCategories.Select(c => (JsonNode)DefinitionJson.Category(audience.Id, c)), audience.InterestCategories.Count);
            json["list_id"] = audience.Id;
            return json;
        }
    }

    public JsonObject AddCategory(string listId, string title, string type)
    {
        if (!CategoryTypes.Contains(type))
        {
            throw new InvalidResourceException("The resource submitted could not be validated. For field-specific details, see the 'errors' array.", "type", $"Value '{type}' is not an interest category type.");
        }

        lock (_gate)
        {
            var audience = Audience(listId);
            var category = new InterestCategoryRecord(NextHex("category", 10), title, type, audience.InterestCategories.Count);
            audience.InterestCategories.Add(category);
            return DefinitionJson.Category(audience.Id, category);
        }
    }

    public JsonObject ListInterests(string listId, string categoryId, Paging paging)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var category = Category(audience, categoryId);
            var interests = audience.Interests.Where(i => i.CategoryId == category.Id).ToList();
            var json = paging.Collection("interests", interests.Select(i => (JsonNode)DefinitionJson.Interest(audience, i)), interests.Count);
            json["list_id"] = audience.Id;
            json["category_id"] = category.Id;
            return json;
        }
    }

    public JsonObject AddInterest(string listId, string categoryId, string name)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var category = Category(audience, categoryId);
            var interest = new InterestRecord(NextHex("interest", 10), category.Id, name, audience.Interests.Count(i => i.CategoryId == category.Id));
            audience.Interests.Add(interest);
            return DefinitionJson.Interest(audience, interest);
        }
    }

    private static InterestCategoryRecord Category(AudienceState audience, string categoryId) =>
        audience.InterestCategories.FirstOrDefault(c => c.Id == categoryId)
        ?? throw new ResourceNotFoundException($"interest category {categoryId} of list {audience.Id}");
}
