using System.Runtime.CompilerServices;

namespace Dynamics.Mailchimp.MailchimpApi.Http;

/// <summary>
/// Streams the items of an offset-paged collection. A page is requested only when the caller has consumed the
/// previous one, and no page is kept after it is yielded, so memory stays flat. The last page is the first one that
/// is short (fewer than <c>pageSize</c> items) or reaches <c>total_items</c>, so N items cost ceil(N / pageSize)
/// calls (one for none) and never an extra call for an empty page.
/// </summary>
internal static class OffsetPager
{
    public static async IAsyncEnumerable<TItem> ReadAsync<TPage, TItem>(
        Func<int, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, IReadOnlyList<TItem>> items,
        Func<TPage, int> totalItems,
        int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
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
            if (pageItems.Count < pageSize || offset >= total)
            {
                yield break;
            }
        }
    }
}
