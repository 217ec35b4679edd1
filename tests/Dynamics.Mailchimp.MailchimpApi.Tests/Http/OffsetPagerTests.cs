using Dynamics.Mailchimp.MailchimpApi.Http;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Http;

public sealed class OffsetPagerTests
{
    private sealed record Page(IReadOnlyList<int> Items, int Total);

    private static (IAsyncEnumerable<int> Sut, List<int> Offsets) CreateSut(int total, int pageSize, int? shortPageAt = null)
    {
        var offsets = new List<int>();
        var sut = OffsetPager.ReadAsync(
            (offset, _) =>
            {
                offsets.Add(offset);
                var size = offset == shortPageAt ? 0 : Math.Max(0, Math.Min(pageSize, total - offset));
                return Task.FromResult(new Page([.. Enumerable.Range(offset, size)], total));
            },
            page => page.Items,
            page => page.Total,
            pageSize,
            CancellationToken.None);
        return (sut, offsets);
    }

    [Fact]
    public async Task ReadAsync_TotalNotMultipleOfPage_StopsAtTotalItems()
    {
        // Arrange
        var (sut, offsets) = CreateSut(total: 25, pageSize: 10);

        // Act
        var items = await sut.ToListAsync(CancellationToken.None);

        // Assert
        Assert.Equal(Enumerable.Range(0, 25), items);
        Assert.Equal([0, 10, 20], offsets);
    }

    [Fact]
    public async Task ReadAsync_EmptyPageBeforeTotal_StopsInsteadOfLooping()
    {
        // Arrange
        var (sut, offsets) = CreateSut(total: 30, pageSize: 10, shortPageAt: 10);

        // Act
        var items = await sut.ToListAsync(CancellationToken.None);

        // Assert
        Assert.Equal(10, items.Count);
        Assert.Equal([0, 10], offsets);
    }

    [Fact]
    public async Task ReadAsync_TotalMultipleOfPage_MakesNoCallForAnEmptyPage()
    {
        // Arrange
        var (sut, offsets) = CreateSut(total: 30, pageSize: 10);

        // Act
        var items = await sut.ToListAsync(CancellationToken.None);

        // Assert
        Assert.Equal(30, items.Count);
        Assert.Equal([0, 10, 20], offsets);
    }

    [Fact]
    public async Task ReadAsync_ShortPageBeforeTotal_StopsAfterIt()
    {
        // Arrange: total_items (50) overstates what the listing still holds (15)
        var offsets = new List<int>();
        var sut = OffsetPager.ReadAsync(
            (offset, _) =>
            {
                offsets.Add(offset);
                return Task.FromResult(new Page([.. Enumerable.Range(offset, Math.Max(0, Math.Min(10, 15 - offset)))], 50));
            },
            page => page.Items,
            page => page.Total,
            10,
            CancellationToken.None);

        // Act
        var items = await sut.ToListAsync(CancellationToken.None);

        // Assert
        Assert.Equal(15, items.Count);
        Assert.Equal([0, 10], offsets);
    }

    [Fact]
    public async Task ReadAsync_NoItems_MakesOneCall()
    {
        // Arrange
        var (sut, offsets) = CreateSut(total: 0, pageSize: 10);

        // Act
        var items = await sut.ToListAsync(CancellationToken.None);

        // Assert
        Assert.Empty(items);
        Assert.Equal([0], offsets);
    }

    [Fact]
    public async Task ReadAsync_NotEnumerated_FetchesNothing()
    {
        // Arrange
        var (sut, offsets) = CreateSut(total: 30, pageSize: 10);

        // Act
        await using var enumerator = sut.GetAsyncEnumerator(CancellationToken.None);

        // Assert
        Assert.Empty(offsets);
    }
}
