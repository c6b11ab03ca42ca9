package org.jumelage.ui;

import java.util.Locale;


import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.UserSummary;
import org.jumelage.shared.ui.LanguageSwitch;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import org.jumelage.accounts.CurrentUser;

/**
 * The shell around every signed-in view: a header with the application name, the language switch
 * and the user menu, and a navigation drawer built from the {@code @Menu} routes the current
 * person may open (menu titles are translation keys). On a phone the drawer folds behind a toggle.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final transient AccountService accounts;

    private final transient CurrentUser currentUser;

    /**
     * Visitors see it too (around the public catalogue): they get a sign-in link instead of the user
     * menu, and the menu lists only the routes they may open.
     */
    public MainLayout(AuthenticationContext authentication, AccountService accounts, CurrentUser currentUser) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, header());
        addToDrawer(drawer());
    }

    private Header header() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));

        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");

        if (!currentUser.isSignedIn()) {
            LanguageSwitch language = new LanguageSwitch(l -> { });
            Anchor signIn = new Anchor("login", getTranslation("nav.signIn"));
            signIn.setId("sign-in-link");
            HorizontalLayout bar = new HorizontalLayout(toggle, title, language, signIn);
            bar.setWidthFull();
            bar.setAlignItems(FlexComponent.Alignment.CENTER);
            bar.expand(title);
            bar.addClassName("app-header-bar");
            Header header = new Header(bar);
            header.setWidthFull();
            return header;
        }
        UserSummary me = accounts.me();
        LanguageSwitch language = new LanguageSwitch(this::rememberLanguage);

        MenuBar userMenu = new MenuBar();
        userMenu.setId("user-menu");
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(me.displayName());
        avatar.setTooltipEnabled(false);
        HorizontalLayout who = new HorizontalLayout(avatar, new Span(me.displayName()));
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        who.setSpacing(true);
        who.addClassName("user-menu-label");
        MenuItem root = userMenu.addItem(who);
        root.setAriaLabel(getTranslation("nav.userMenu", me.displayName()));
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("nav.profile"), e -> getUI().ifPresent(ui -> ui.navigate("profile")))
                .setId("menu-profile");
        sub.addItem(getTranslation("language.switchTo"), e -> language.click()).setId("menu-language");
        sub.addItem(getTranslation("nav.consent"), e -> getUI().ifPresent(ui -> ui.navigate("consentement")))
                .setId("menu-consent");
        sub.addItem(getTranslation("nav.myData"), e -> getUI().ifPresent(ui -> ui.navigate("mes-donnees")))
                .setId("menu-my-data");
        sub.addItem(getTranslation("nav.privacy"), e -> getUI().ifPresent(ui -> ui.navigate("confidentialite")))
                .setId("menu-privacy");
        sub.addItem(getTranslation("nav.logout"), e -> authentication.logout()).setId("menu-logout");

        HorizontalLayout bar = new HorizontalLayout(toggle, title, language, userMenu);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("app-header-bar");

        Header header = new Header(bar);
        header.setWidthFull();
        return header;
    }

    /** The drawer holds only the side navigation, itself a labelled navigation landmark. */
    private SideNav drawer() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.setLabel(getTranslation("nav.label"));
        nav.addClassName("drawer-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private void rememberLanguage(Locale language) {
        accounts.changeLanguage(language);
    }
}
