using System.Runtime.CompilerServices;

namespace Dynamics.Mailchimp.MailchimpApi.Http;

/// <summary>
/// Streams the items of an offset-paged collection. A page is requested only when the caller has consumed the
/// previous one, and no page is kept after it is yielded, so memory stays flat.
/// </summary>
internal static class OffsetPager
{
    public static async IAsyncEnumerable<TItem> ReadAsync<TPage, TItem>(
        Func<int, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, IReadOnlyList<TItem>> items,
        Func<TPage, int> totalItems,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var offset = 0;
        while (true)
        {
            var page = await fetchPage(offset, cancellationToken).ConfigureAwait(false);
            var pageItems = items(page);
            var total = totalItems(page);
            foreach (var item in pageItems)
            {
                yield return item;
            }

            offset += pageItems.Count;
            if (pageItems.Count == 0 || offset >= total)
            {
                yield break;
            }
        }
    }
}
