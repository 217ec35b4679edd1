using Dynamics.Mailchimp.Packer.Package;
using Dynamics.Mailchimp.Packer.Reading;
using Dynamics.Mailchimp.Packer.Tests.Support;

namespace Dynamics.Mailchimp.Packer.Tests.Package;

public sealed class DeterministicZipTests
{
    [Fact]
    public void Write_SameEntriesAtDifferentTimes_GivesTheSameBytes()
    {
        // Arrange
        using var folder = new TempFolder();
        KeyValuePair<string, byte[]>[] entries = [new("b.xml", [1, 2, 3]), new("a.xml", [4])];
        DeterministicZip.Write(folder.Combine("1.zip"), entries);
        File.SetLastWriteTimeUtc(folder.Combine("1.zip"), new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        // Act
        DeterministicZip.Write(folder.Combine("2.zip"), entries);

        // Assert
        Assert.Equal(File.ReadAllBytes(folder.Combine("1.zip")), File.ReadAllBytes(folder.Combine("2.zip")));
        Assert.Equal(["b.xml", "a.xml"], PackedSolution.Open(folder.Combine("2.zip")).EntryNames);
    }
}
