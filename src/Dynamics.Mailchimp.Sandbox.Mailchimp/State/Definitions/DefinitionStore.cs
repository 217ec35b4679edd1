using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;

/// <summary>Merge-field, interest-category and interest definitions, per audience.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/list-merges/ and https://mailchimp.com/developer/marketing/api/interest-categories/</remarks>
internal sealed class DefinitionStore(StoreContext context)
{
    private readonly Dictionary<string, DefinitionSet> _sets = new(StringComparer.Ordinal);

    public static IReadOnlySet<string> MergeFieldTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "text", "number", "address", "phone", "date", "url", "imageurl", "radio", "dropdown", "birthday", "zip",
    };

    public static IReadOnlySet<string> CategoryTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "checkboxes", "dropdown", "radio", "hidden",
    };

    /// <summary>Drops every definition and gives each audience the default merge fields; called under the lock by a reset.</summary>
    public void ResetLocked(IEnumerable<string> listIds)
    {
        _sets.Clear();
        foreach (var listId in listIds)
        {
            var set = new DefinitionSet();
            DefaultMergeFields.AddTo(set);
            _sets[listId] = set;
        }
    }

    public JsonObject ListMergeFields(string listId, Paging paging)
    {
        lock (context.Gate)
        {
            var set = SetLocked(listId);
            var json = paging.Collection("merge_fields", set.MergeFields.Select(f => (JsonNode)DefinitionJson.MergeField(listId, f)), set.MergeFields.Count);
            json["list_id"] = listId;
            return json;
        }
    }

    /// <summary>Adds a merge field; <paramref name="isPublic"/> (shown on the signup form) defaults to true when not sent.</summary>
    public JsonObject AddMergeField(string listId, string name, string type, string? tag, bool required, bool? isPublic, string? defaultValue, JsonObject? options, string? helpText)
    {
        if (!MergeFieldTypes.Contains(type))
        {
            throw new InvalidResourceException("The resource submitted could not be validated. For field-specific details, see the 'errors' array.", "type", $"Value '{type}' is not a merge field type.");
        }

        lock (context.Gate)
        {
            var set = SetLocked(listId);
            var mergeId = set.MergeFields.Count == 0 ? 1 : set.MergeFields.Max(f => f.MergeId) + 1;
            var finalTag = string.IsNullOrWhiteSpace(tag) ? $"MMERGE{mergeId}" : tag.Trim().ToUpperInvariant();
            if (set.MergeFields.Any(f => f.Tag == finalTag))
            {
                throw new InvalidResourceException($"A Merge Field with the tag \"{finalTag}\" already exists for this list.", "tag", "Must be unique.");
            }

            var field = new MergeFieldRecord(mergeId, finalTag, name, type, required, defaultValue ?? string.Empty, isPublic ?? true, mergeId, options ?? [], helpText ?? string.Empty);
            set.MergeFields.Add(field);
            return DefinitionJson.MergeField(listId, field);
        }
    }

    public JsonObject ListCategories(string listId, Paging paging)
    {
        lock (context.Gate)
        {
            var set = SetLocked(listId);
            var json = paging.Collection("categories", set.InterestCategories.Select(c => (JsonNode)DefinitionJson.Category(listId, c)), set.InterestCategories.Count);
            json["list_id"] = listId;
            return json;
        }
    }

    public JsonObject AddCategory(string listId, string title, string type)
    {
        if (!CategoryTypes.Contains(type))
        {
            throw new InvalidResourceException("The resource submitted could not be validated. For field-specific details, see the 'errors' array.", "type", $"Value '{type}' is not an interest category type.");
        }

        lock (context.Gate)
        {
            var set = SetLocked(listId);
            var category = new InterestCategoryRecord(context.NextHex("category", 10), title, type, set.InterestCategories.Count);
            set.InterestCategories.Add(category);
            return DefinitionJson.Category(listId, category);
        }
    }

    /// <summary>Lists a category's interests; <paramref name="subscriberCount"/> counts the members in an interest.</summary>
    public JsonObject ListInterests(string listId, string categoryId, Paging paging, Func<string, int> subscriberCount)
    {
        lock (context.Gate)
        {
            var set = SetLocked(listId);
            var category = Category(set, listId, categoryId);
            var interests = set.Interests.Where(i => i.CategoryId == category.Id).ToList();
            var json = paging.Collection("interests", interests.Select(i => (JsonNode)DefinitionJson.Interest(listId, i, subscriberCount(i.Id))), interests.Count);
            json["list_id"] = listId;
            json["category_id"] = category.Id;
            return json;
        }
    }

    public JsonObject AddInterest(string listId, string categoryId, string name)
    {
        lock (context.Gate)
        {
            var set = SetLocked(listId);
            var category = Category(set, listId, categoryId);
            var interest = new InterestRecord(context.NextHex("interest", 10), category.Id, name, set.Interests.Count(i => i.CategoryId == category.Id));
            set.Interests.Add(interest);
            return DefinitionJson.Interest(listId, interest, subscriberCount: 0);
        }
    }

    /// <summary>The definitions of an audience; the caller holds the lock.</summary>
    public DefinitionSet SetLocked(string listId) =>
        _sets.TryGetValue(listId, out var set) ? set : throw new ResourceNotFoundException($"list {listId}");

    private static InterestCategoryRecord Category(DefinitionSet set, string listId, string categoryId) =>
        set.InterestCategories.FirstOrDefault(c => c.Id == categoryId)
        ?? throw new ResourceNotFoundException($"interest category {categoryId} of list {listId}");
}
