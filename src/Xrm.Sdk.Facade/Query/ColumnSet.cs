namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>The columns a query or retrieve returns.</summary>
    public sealed class ColumnSet
    {
        /// <summary>No columns.</summary>
        public ColumnSet()
        {
            Columns = new DataCollection<string>();
        }

        /// <summary>All columns, or none.</summary>
        public ColumnSet(bool allColumns)
            : this()
        {
            AllColumns = allColumns;
        }

        /// <summary>The named columns.</summary>
        public ColumnSet(params string[] columns)
            : this()
        {
            Columns.AddRange(columns);
        }

        /// <summary>Whether every column is returned.</summary>
        public bool AllColumns { get; set; }

        /// <summary>The named columns.</summary>
        public DataCollection<string> Columns { get; set; }

        /// <summary>Adds a column.</summary>
        public void AddColumn(string column) => Columns.Add(column);

        /// <summary>Adds columns.</summary>
        public void AddColumns(params string[] columns) => Columns.AddRange(columns);
    }
}
