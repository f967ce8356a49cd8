package org.chancery.economy;

public enum Indicator {
    TRADE_TURNOVER, EXPORTS, IMPORTS, INVESTMENT_STOCK, INVESTMENT_FLOW, DEALS_SIGNED
}
