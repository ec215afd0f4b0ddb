namespace HccPerformance.Documents;

/// <summary>How a table's cells are drawn and tagged: a header cell (TH), a data cell (TD), or the header repeated on a later page (an artifact).</summary>
internal enum TableCell
{
    Header,
    Data,
    Repeated,
}
