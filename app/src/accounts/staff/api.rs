use super::{Overview, UserPage};
use crate::forms::FormReply;
use leptos::prelude::*;

#[server(endpoint = "staff/overview")]
pub async fn staff_overview() -> Result<Overview, crate::platform::Failure> {
    use crate::accounts::store;
    use crate::forms::flow::deny;
    use crate::platform::{self, request};
    let Some(user) = request::ctx()?.user else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    if !user.role.is_staff() {
        return deny(crate::forms::FormProblem::NotAllowed);
    }
    let st = platform::state()?;
    let per = store::residents_per_district(&st.db).await?;
    let total = per.iter().map(|(_, n)| n).sum();
    Ok(Overview {
        residents_per_district: per,
        total,
    })
}

#[server(endpoint = "admin/users")]
pub async fn list_users(page: i64) -> Result<UserPage, crate::platform::Failure> {
    use super::{UserEntry, PAGE_SIZE};
    use crate::accounts::store;
    use crate::forms::flow::deny;
    use crate::platform::people::Role;
    use crate::platform::{self, audit, request};
    let Some(user) = request::ctx()?.user else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    if user.role != Role::Admin {
        return deny(crate::forms::FormProblem::NotAllowed);
    }
    let st = platform::state()?;
    let page = page.max(1);
    let (rows, total) = store::list_users(&st.db, PAGE_SIZE, (page - 1) * PAGE_SIZE).await?;
    // Personal data was shown: record who looked.
    audit::record(
        &st.db,
        Some(user.id),
        "viewed_user_list",
        None,
        &format!("page={page}"),
    )
    .await?;
    Ok(UserPage {
        users: rows
            .into_iter()
            .map(|u| UserEntry {
                is_self: u.id == user.id,
                ..u
            })
            .collect(),
        page,
        pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
        total,
    })
}

#[server(endpoint = "admin/set_role")]
pub async fn set_role(
    user_id: i64,
    role: String,
    return_to: String,
) -> Result<FormReply, crate::platform::Failure> {
    use crate::accounts::store;
    use crate::forms::flow::{finish, one, require_user};
    use crate::forms::safe_return_to;
    use crate::platform::people::Role;
    use crate::platform::{self, audit, session};
    let back = safe_return_to(&return_to, "/admin/users");
    let admin = match require_user(&back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "role", &back, vec![]).await,
    };
    if admin.role != Role::Admin {
        if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
            res.set_status(http::StatusCode::FORBIDDEN);
        }
        return finish(
            one("", crate::forms::FormProblem::NotAllowed),
            "role",
            &back,
            vec![],
        )
        .await;
    }
    let field = format!("role-{user_id}");
    let Some(new_role) = Role::parse(&role) else {
        return finish(
            one(&field, crate::forms::FormProblem::ChoiceInvalid),
            "role",
            &back,
            vec![],
        )
        .await;
    };
    if user_id == admin.id {
        return finish(
            one(&field, crate::accounts::AccountProblem::CannotChangeOwnRole),
            "role",
            &back,
            vec![],
        )
        .await;
    }
    let st = platform::state()?;
    if !store::set_role(&st.db, user_id, new_role).await? {
        return finish(
            one(&field, crate::forms::FormProblem::ChoiceInvalid),
            "role",
            &back,
            vec![],
        )
        .await;
    }
    // A changed role takes effect at the next sign-in: end the user's sessions.
    session::destroy_all_for_user(&st.db, user_id, None).await?;
    audit::record(
        &st.db,
        Some(admin.id),
        "role_changed",
        Some(user_id),
        new_role.code(),
    )
    .await?;
    finish(
        FormReply::Done {
            to: back.clone(),
            notice: Some(crate::forms::Notice::from(
                crate::accounts::AccountNotice::RoleChanged,
            )),
            boot: None,
        },
        "role",
        &back,
        vec![],
    )
    .await
}
