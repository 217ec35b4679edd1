using Dynamics.Mailchimp.Plugins.Queue;

namespace Dynamics.Mailchimp.Plugins.Tests.Queue;

public sealed class MemberIdChunkerTests
{
    [Fact]
    public void Chunk_ExactlyOneRowWorth_FitsTheColumn()
    {
        // Arrange
        var ids = Enumerable.Range(0, MemberIdChunker.IdsPerRow).Select(_ => Guid.NewGuid()).ToArray();

        // Act
        var chunk = Assert.Single(MemberIdChunker.Chunk(ids));

        // Assert
        Assert.True(MemberIdChunker.Format(chunk).Length <= MemberIdChunker.ColumnMaxLength);
        Assert.Equal(MemberIdChunker.IdsPerRow, chunk.Count);
    }

    [Fact]
    public void Chunk_OneMoreThanARow_MakesTwoRows()
    {
        // Arrange
        var ids = Enumerable.Range(0, MemberIdChunker.IdsPerRow + 1).Select(_ => Guid.NewGuid()).ToArray();

        // Act
        var chunks = MemberIdChunker.Chunk(ids);

        // Assert
        Assert.Equal([MemberIdChunker.IdsPerRow, 1], chunks.Select(c => c.Count));
    }

    [Fact]
    public void Chunk_DuplicatesAndEmptyIds_AreDroppedKeepingOrder()
    {
        // Arrange
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();

        // Act
        var chunk = Assert.Single(MemberIdChunker.Chunk([a, Guid.Empty, b, a]));

        // Assert
        Assert.Equal([a, b], chunk);
    }

    [Fact]
    public void Chunk_None_MakesNoRows()
    {
        // Act / Assert
        Assert.Empty(MemberIdChunker.Chunk([]));
    }
}
