using System;
using System.Collections.Generic;
using System.Linq;

namespace Dynamics.Mailchimp.Plugins.Queue
{
    /// <summary>Packs member ids into as few queue rows as the <c>dmc_memberids</c> column allows.</summary>
    public static class MemberIdChunker
    {
        /// <summary>The column's maximum length (the Dataverse maximum for multiline text).</summary>
        public const int ColumnMaxLength = 1048576;

        /// <summary>36 characters a GUID plus one separator.</summary>
        public const int IdsPerRow = (ColumnMaxLength + 1) / 37;

        /// <summary>The ids, distinct, in order, split into chunks of at most <see cref="IdsPerRow"/>.</summary>
        public static IReadOnlyList<IReadOnlyList<Guid>> Chunk(IEnumerable<Guid> memberIds)
        {
            var distinct = memberIds.Where(id => id != Guid.Empty).Distinct().ToArray();
            var chunks = new List<IReadOnlyList<Guid>>((distinct.Length / IdsPerRow) + 1);
            for (var start = 0; start < distinct.Length; start += IdsPerRow)
            {
                var length = Math.Min(IdsPerRow, distinct.Length - start);
                var chunk = new Guid[length];
                Array.Copy(distinct, start, chunk, 0, length);
                chunks.Add(chunk);
            }

            return chunks;
        }

        /// <summary>The column text for <paramref name="chunk"/>: ids in "D" format joined by commas.</summary>
        public static string Format(IReadOnlyList<Guid> chunk) => string.Join(",", chunk.Select(id => id.ToString("D")));
    }
}
