using Dynamics.Mailchimp.MailchimpApi.Models.Interests;
using Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>Merge-field and interest definitions of an audience.</content>
public partial interface IMailchimpClient
{
    /// <summary>Streams the merge fields of an audience (<c>GET /lists/{id}/merge-fields</c>).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The merge fields.</returns>
    IAsyncEnumerable<MergeField> GetMergeFieldsAsync(string listId, CancellationToken cancellationToken = default);

    /// <summary>Creates a merge field (<c>POST /lists/{id}/merge-fields</c>; never retried).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="definition">The field.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created field.</returns>
    Task<MergeField> CreateMergeFieldAsync(string listId, MergeFieldDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes sure the audience has the given merge fields: reads the existing ones (tags compared ignoring case)
    /// and creates only the missing ones. A refused creation (400/422) is reported per field, not thrown.
    /// </summary>
    /// <param name="listId">The list id.</param>
    /// <param name="definitions">The fields the connector needs.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One result per definition, in order.</returns>
    Task<IReadOnlyList<MergeFieldEnsureResult>> EnsureMergeFieldsAsync(
        string listId,
        IEnumerable<MergeFieldDefinition> definitions,
        CancellationToken cancellationToken = default);

    /// <summary>Streams the interest categories of an audience.</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The categories.</returns>
    IAsyncEnumerable<InterestCategory> GetInterestCategoriesAsync(string listId, CancellationToken cancellationToken = default);

    /// <summary>Creates an interest category (never retried).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="definition">The category.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created category.</returns>
    Task<InterestCategory> CreateInterestCategoryAsync(string listId, InterestCategoryDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>Streams the interests of a category.</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="categoryId">The category id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The interests.</returns>
    IAsyncEnumerable<Interest> GetInterestsAsync(string listId, string categoryId, CancellationToken cancellationToken = default);

    /// <summary>Creates an interest in a category (never retried).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="categoryId">The category id.</param>
    /// <param name="definition">The interest.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created interest.</returns>
    Task<Interest> CreateInterestAsync(string listId, string categoryId, InterestDefinition definition, CancellationToken cancellationToken = default);
}
