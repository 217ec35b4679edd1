using Dynamics.Mailchimp.MailchimpApi.Http;
using Dynamics.Mailchimp.MailchimpApi.Models.Interests;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>Interest categories and interests.</content>
internal sealed partial class MailchimpClient
{
    public IAsyncEnumerable<InterestCategory> GetInterestCategoriesAsync(string listId, CancellationToken cancellationToken = default) =>
        ReadPagesAsync(
            MailchimpPaths.InterestCategories(listId),
            MailchimpJsonContext.Default.InterestCategoryCollection,
            page => page.Categories,
            page => page.TotalItems,
            cancellationToken);

    public Task<InterestCategory> CreateInterestCategoryAsync(string listId, InterestCategoryDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return SendJsonAsync(
            HttpMethod.Post,
            MailchimpPaths.InterestCategories(listId),
            definition,
            MailchimpJsonContext.Default.InterestCategoryDefinition,
            MailchimpJsonContext.Default.InterestCategory,
            retrySafePost: false,
            cancellationToken);
    }

    public IAsyncEnumerable<Interest> GetInterestsAsync(string listId, string categoryId, CancellationToken cancellationToken = default) =>
        ReadPagesAsync(
            MailchimpPaths.Interests(listId, categoryId),
            MailchimpJsonContext.Default.InterestCollection,
            page => page.Interests,
            page => page.TotalItems,
            cancellationToken);

    public Task<Interest> CreateInterestAsync(string listId, string categoryId, InterestDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return SendJsonAsync(
            HttpMethod.Post,
            MailchimpPaths.Interests(listId, categoryId),
            definition,
            MailchimpJsonContext.Default.InterestDefinition,
            MailchimpJsonContext.Default.Interest,
            retrySafePost: false,
            cancellationToken);
    }
}
